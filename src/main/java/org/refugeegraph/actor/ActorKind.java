package org.refugeegraph.actor;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of body an actor is.")
public enum ActorKind {
    @Description("A national government or one of its ministries, police or border forces.")
    GOVERNMENT,
    @Description("An embassy, consulate or a country's diplomats abroad.")
    DIPLOMATIC_MISSION,
    @Description("A non-governmental organisation, e.g. Human Rights Watch.")
    NGO,
    @Description("A body of states, e.g. a UN office, committee or commission.")
    INTERGOVERNMENTAL,
    @Description("A parliament or its members, e.g. the European Parliament.")
    LEGISLATURE,
    @Description("A news organisation acting in its own right (not merely reporting).")
    MEDIA,
    @Description("A research institute or think tank.")
    RESEARCH
}
