/*
 * GraphiQL for journalists: opens with the headline question (the first example) in the editor and offers
 * the README's example questions, which the server reads from src/main/resources/examples/.
 * Choosing an example opens it in its own tab (or switches to the tab that already holds it). A link with a query
 * in its address (/graphiql?query=...&variables=..., as the story page links to the query behind a view or a mark) opens with it
 * instead of the headline question (GraphiQL gives it a tab of its own when others are kept from before).
 */
(function () {
  'use strict';

  var h = React.createElement;
  var select = document.getElementById('rg-examples');
  // Subscriptions (eventRecorded) run over a WebSocket on the same path (graphql-transport-ws); the rest over POST.
  var fetcher = GraphiQL.createFetcher({
    url: '/graphql',
    subscriptionUrl: (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql'
  });

  /* The name of a query's (first) operation, or null. */
  function operationName(query) {
    try {
      var operation = GraphiQL.GraphQL.parse(query).definitions.find(function (definition) {
        return definition.kind === 'OperationDefinition';
      });
      return operation && operation.name ? operation.name.value : null;
    } catch (e) {
      return null;
    }
  }

  /* Lives inside GraphiQL (as its logo) so that it can reach the editor: opens the requested example. */
  function ExampleOpener(props) {
    var editor = GraphiQL.React.useEditorContext({ nonNull: true });
    var pending = React.useRef(null);

    React.useEffect(function () {
      if (!props.request) {
        return;
      }
      var query = props.request.query;
      var open = editor.tabs.findIndex(function (tab) { return tab.query === query; });
      if (open >= 0) {
        editor.changeTab(open);
        editor.setOperationName(operationName(query));
      } else {
        pending.current = props.request;
        editor.addTab();
      }
    }, [props.request]);

    React.useEffect(function () {
      if (pending.current !== null && editor.queryEditor) {
        // GraphiQL would learn the operation's name only after a pause: a quick Run would still send the
        // previous tab's name ("Unknown operation named ...").
        editor.queryEditor.setValue(pending.current.query);
        editor.setOperationName(operationName(pending.current.query));
        // An example that writes (a mutation) comes with its variables; the others clear the pane.
        if (editor.variableEditor) {
          editor.variableEditor.setValue(pending.current.variables || '');
        }
        pending.current = null;
      }
    }, [editor.activeTabIndex, editor.tabs.length, editor.queryEditor]);

    return h('span', { className: 'graphiql-logo-link' }, 'refugee-graph');
  }

  var address = new URLSearchParams(location.search);
  var linked = address.get('query');

  function App(props) {
    var examples = props.examples;
    var requestState = React.useState(null);
    var request = requestState[0];
    var setRequest = requestState[1];

    React.useEffect(function () {
      select.onchange = function () {
        var example = examples[Number(select.value)];
        setRequest({ query: example.query, variables: example.variables });
      };
    }, []);

    return h(GraphiQL, {
      fetcher: fetcher,
      query: linked || (examples.length > 0 ? examples[0].query : undefined),
      variables: linked ? address.get('variables') || undefined : undefined,
      defaultQuery: '# Write a question here, or choose one of the example questions above.\n',
      defaultEditorToolsVisibility: false,
      // The sidebar's Table: the result's lists as sortable tables with a CSV download (table.js)
      plugins: [RefugeeGraphTable.plugin],
      // Editors send their account in the Headers pane (Authorization: Basic ...); never stored by the browser.
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false
    }, h(GraphiQL.Logo, null, h(ExampleOpener, { request: request })));
  }

  function start(examples) {
    examples.forEach(function (example, index) {
      var option = document.createElement('option');
      option.value = String(index);
      option.textContent = (index + 1) + '. ' + example.title;
      select.appendChild(option);
    });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(h(App, { examples: examples }));
  }

  fetch('/graphiql/examples.json', { headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(start, function (error) {
      select.disabled = true;
      console.error('Could not load the example questions', error);
      start([]);
    });
})();
