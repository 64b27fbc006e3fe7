// @ts-check
/*
 * The search page's own script (src/pages/search/index.astro), a classic script so that it runs from file:// as well
 * as from a host. It indexes the documents that search-index.js put in `window.HSD_SEARCH_INDEX`
 * (src/lib/search-index.ts), runs the query with MiniSearch and writes the results as a list of links to paragraph
 * anchors, announcing their number in a live region. It only adds text nodes and elements: no HTML strings, no
 * inline styles.
 */
(function () {
  'use strict';

  /** @typedef {{ id: string, kind: string, title: string, text: string, label: string, href: string, terms: string[], score: number }} Result */

  var form = /** @type {HTMLFormElement | null} */ (document.getElementById('search-form'));
  var input = /** @type {HTMLInputElement | null} */ (document.getElementById('search-query'));
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  /** @type {any} */
  var globals = window;
  var data = globals.HSD_SEARCH_INDEX;
  var MiniSearch = globals.MiniSearch;
  if (!form || !input || !status || !list) return;
  if (!data || !MiniSearch) {
    status.textContent = 'Search could not start: its index did not load.';
    return;
  }
  // The index is built here from the documents (src/lib/search-index.ts says why).
  var engine = new MiniSearch(data.indexOptions);
  engine.addAll(data.documents);
  var MAX_RESULTS = 50;

  /** Lower case, curly apostrophes and quotes made straight, spaces collapsed: for matching quoted phrases. */
  function normalise(/** @type {string} */ text) {
    return text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201C\u201D]/g, '"')
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** The phrases a query puts in straight or curly double quotes. */
  function phrasesOf(/** @type {string} */ query) {
    var phrases = [];
    var re = /"([^"]+)"|\u201C([^\u201D]+)\u201D/g;
    var match;
    while ((match = re.exec(query))) phrases.push(normalise(match[1] || match[2] || ''));
    return phrases.filter(Boolean);
  }

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

  function resultItem(/** @type {Result} */ result) {
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
      excerpt.appendChild(highlighted(result.text, result.terms));
      item.appendChild(excerpt);
    }
    return item;
  }

  function run(/** @type {string} */ query) {
    if (!list || !status) return;
    list.replaceChildren();
    var trimmed = query.trim();
    if (trimmed === '') {
      status.textContent = '';
      return;
    }
    var phrases = phrasesOf(trimmed);
    /** @type {Result[]} */
    var results = engine.search(trimmed.replace(/["\u201C\u201D]/g, ' '), data.queryOptions);
    if (phrases.length > 0) {
      results = results.filter(function (r) {
        var haystack = normalise(r.title + ' ' + r.text);
        return phrases.every(function (p) {
          return haystack.indexOf(p) !== -1;
        });
      });
    }
    var items = results.slice(0, MAX_RESULTS).map(resultItem);
    list.append(...items);
    var count = results.length === 1 ? '1 result' : results.length + ' results';
    var shown = results.length > MAX_RESULTS ? ' (the first ' + MAX_RESULTS + ' shown)' : '';
    status.textContent = count + ' for \u201C' + trimmed + '\u201D' + shown + '.';
  }

  var notice = document.getElementById('search-needs-js');
  if (notice) notice.hidden = true;
  form.hidden = false;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (input) run(input.value);
  });
  // A query in the address (search/index.html?q=…, as the form submits it without this script) runs on arrival.
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
