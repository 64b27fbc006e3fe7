// @ts-check
/*
 * The search page's own script (src/pages/search/index.astro), a classic script so that it runs from file:// as well
 * as from a host. It reads the manifest that manifest.js put in `window.HSD_SEARCH_MANIFEST` and asks the engine
 * (engine.js) for the documents that match, loading each shard the query needs as a <script> (src/lib/site/search/
 * shards.ts says why). It writes the results as a list of links to paragraph anchors, the first as soon as its shard
 * has come, and announces their number in a live region. It searches as you type, a moment after the last key, and
 * on Enter. It only adds text nodes and elements: no HTML strings, no inline styles.
 */
(function () {
  'use strict';

  /** @typedef {{ number: number, kind: string, title: string, text: string, label: string, href: string }} Doc */

  var form = /** @type {HTMLFormElement | null} */ (document.getElementById('search-form'));
  var input = /** @type {HTMLInputElement | null} */ (document.getElementById('search-query'));
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  /** @type {any} */
  var globals = window;
  var manifest = globals.HSD_SEARCH_MANIFEST;
  var Engine = globals.HSD_SEARCH_ENGINE;
  if (!form || !input || !status || !list) return;
  if (!manifest || !Engine) {
    status.textContent = 'Search could not start: its index did not load.';
    return;
  }
  var MAX_RESULTS = 50;
  /** Milliseconds after the last key before a query runs as you type. */
  var DEBOUNCE = 250;

  /** Loads a shard as a classic script (a page opened from disk may not fetch() a file) and resolves to its data. */
  function load(/** @type {string} */ file) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = file;
      script.onload = function () {
        var data = globals.HSD_SEARCH_SHARDS && globals.HSD_SEARCH_SHARDS[file];
        if (data) resolve(data);
        else reject(new Error(file + ' held no index'));
      };
      script.onerror = function () {
        reject(new Error('could not load ' + file));
      };
      document.head.appendChild(script);
    });
  }
  var engine = Engine.create(manifest, load);

  /** The text with every word that the query matched in a <mark>. */
  function highlighted(/** @type {string} */ text, /** @type {string[]} */ terms) {
    var fragment = document.createDocumentFragment();
    var wanted = new Set(terms);
    text.split(/([\p{L}\p{N}]+)/u).forEach(function (part) {
      if (part === '') return;
      if (wanted.has(part.toLowerCase())) {
        var mark = document.createElement('mark');
        mark.textContent = part;
        fragment.appendChild(mark);
      } else {
        fragment.appendChild(document.createTextNode(part));
      }
    });
    return fragment;
  }

  function resultItem(/** @type {Doc} */ result, /** @type {string[]} */ terms) {
    var item = document.createElement('li');
    var heading = document.createElement('p');
    heading.className = 'search-result-title';
    var link = document.createElement('a');
    link.href = result.href;
    link.textContent = result.title || result.label;
    heading.appendChild(link);
    item.appendChild(heading);
    if (result.title) {
      var where = document.createElement('p');
      where.className = 'meta';
      where.textContent = result.label;
      item.appendChild(where);
    }
    if (result.text) {
      var excerpt = document.createElement('p');
      excerpt.className = 'search-excerpt';
      excerpt.appendChild(highlighted(result.text, terms));
      item.appendChild(excerpt);
    }
    return item;
  }

  /** The run under way: a later query makes an earlier one's answer stale. */
  var current = 0;

  function run(/** @type {string} */ query) {
    if (!list || !status) return;
    var run = ++current;
    var trimmed = query.trim();
    if (trimmed === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    engine
      .search(trimmed)
      .then(function (/** @type {{ number: number, terms: string[] }[]} */ ranked) {
        var shown = ranked.slice(0, MAX_RESULTS);
        /** @param {Doc[]} docs */
        var render = function (docs, /** @type {number} */ from) {
          if (run !== current || !list) return;
          if (from === 0) list.replaceChildren();
          list.append.apply(
            list,
            docs.map(function (doc, i) {
              var result = shown[from + i];
              return resultItem(doc, result ? result.terms : []);
            }),
          );
        };
        var numbers = shown.map(function (r) {
          return r.number;
        });
        // The first answer as soon as its shard has come, then the rest.
        return engine
          .documents(numbers.slice(0, 1))
          .then(function (/** @type {Doc[]} */ first) {
            render(first, 0);
            return engine.documents(numbers.slice(1));
          })
          .then(function (/** @type {Doc[]} */ rest) {
            render(rest, 1);
            if (run !== current || !status) return;
            if (ranked.length === 0 && list) list.replaceChildren();
            var count = ranked.length === 1 ? '1 result' : ranked.length + ' results';
            var more = ranked.length > MAX_RESULTS ? ' (the first ' + MAX_RESULTS + ' shown)' : '';
            status.textContent = count + ' for \u201C' + trimmed + '\u201D' + more + '.';
          });
      })
      .catch(function (/** @type {Error} */ error) {
        if (run === current && status)
          status.textContent = 'Search could not load part of its index: ' + error.message + '.';
      });
  }

  var notice = document.getElementById('search-needs-js');
  if (notice) notice.hidden = true;
  form.hidden = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  var timer;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    if (input) run(input.value);
  });
  // As you type: a moment after the last key, so that each key does not start a search of its own.
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (input) run(input.value);
    }, DEBOUNCE);
  });
  // A query in the address (search/index.html?q=…, as the form submits it without this script) runs on arrival.
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
