package org.refugeegraph.treaty;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.refugeegraph.graph.NodeRepository;
import org.refugeegraph.graph.NodeType;

@ApplicationScoped
public class TreatyRepository implements NodeRepository<Treaty> {

    @Override
    public NodeType type() {
        return NodeType.Treaty;
    }

    public List<Treaty> allByAdoption() {
        return list("order by adoptedOn, id");
    }
}
