// PostGraphile v5 for the benchmark (bench/run.sh starts it with --connection, --schema, --host and
// --port). Amber is v5's base preset; the V4 preset keeps v4's schema (names such as
// actorByActorId, connections with totalCount, conditions) and the options v4 runs with here, so
// that both versions answer the same query files of bench/queries. The package is installed as the
// npm alias "postgraphile5" next to v4, hence the import paths.
import { PostGraphileAmberPreset } from 'postgraphile5/presets/amber';
import { makeV4Preset } from 'postgraphile5/presets/v4';

export default {
  extends: [
    PostGraphileAmberPreset,
    makeV4Preset({
      dynamicJson: true,
      setofFunctionsContainNulls: false,
      disableDefaultMutations: true,
      graphiql: false,
    }),
  ],
  grafast: { explain: false },
};
