// @ts-check
/*
 * The search's engine: it answers a query from the sharded index (src/lib/site/search/shards.ts) by loading only the
 * shards the query needs. A classic script with no DOM of its own, so that it runs from file:// and in the unit
 * tests (tests/unit/site/search/engine.test.ts) alike: `HSD_SEARCH_ENGINE.create(manifest, load)` takes the manifest
 * and a function that loads a shard's file and resolves to its data (in the page, by adding a <script>).
 *
 * How a query is run: every word must match (a documentary search is precise); a word may be the start of a longer
 * word, and a small typo in a longer word is forgiven (one letter in 4 to 9, two from 10), among the words of the
 * same shard. Words in quotes must also appear together, in that order. Results are ranked by how often, and how
 * rarely across documents, their words occur, a title counting twice.
 */
(function (root) {
  'use strict';

  /** Lower case, split at anything that is not a letter or a digit: as searchTerms in shards.ts. */
  function terms(/** @type {string} */ text) {
    return text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(function (t) {
        return t !== '';
      });
  }

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

  /** The postings "gap[:weight],…" in base 36, as [document, weight, document, weight, …]. */
  function decode(/** @type {string} */ encoded) {
    /** @type {number[]} */
    var out = [];
    var doc = -1;
    var parts = encoded.split(',');
    parts.forEach(function (part) {
      var colon = part.indexOf(':');
      doc += parseInt(colon < 0 ? part : part.slice(0, colon), 36);
      out.push(doc, colon < 0 ? 1 : parseInt(part.slice(colon + 1), 36));
    });
    return out;
  }

  /** The last index whose key is at most `key` (0 when none is). */
  function lastAtMost(/** @type {string[] | number[]} */ keys, /** @type {string | number} */ key) {
    var lo = 0;
    var hi = keys.length - 1;
    var found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (/** @type {string | number} */ (keys[mid]) <= key) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The edit distance between a and b if it is at most max, else max + 1. */
  function distance(/** @type {string} */ a, /** @type {string} */ b, /** @type {number} */ max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    /** @type {number[]} */
    var previous = [];
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      var current = [i];
      var best = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(k - 1) ? 0 : 1;
        var here = Math.min(
          /** @type {number} */ (previous[k]) + 1,
          i + k,
          /** @type {number} */ (previous[k - 1]) + cost,
        );
        here = Math.min(here, /** @type {number} */ (current[k - 1]) + 1);
        current.push(here);
        best = Math.min(best, here);
      }
      if (best > max) return max + 1;
      previous = current;
    }
    return /** @type {number} */ (previous[b.length]);
  }

  /** Typos forgiven in a word of this length. */
  var fuzziness = function (/** @type {number} */ length) {
    return length < 4 ? 0 : length < 10 ? 1 : 2;
  };
  /** How much a match counts, by kind: the word itself, a longer word it begins, a word with a typo. */
  var WEIGHT = { exact: 1, prefix: 0.4, fuzzy: 0.45 };
  /** Term shards read for the words a query word begins, beyond its own. */
  var PREFIX_SHARDS = 2;

  /** For one query word: document → { score, term } of its best match among the loaded shards' words. */
  function matchesOf(/** @type {string} */ word, /** @type {any[]} */ shards, /** @type {number} */ total) {
    /** @type {Map<number, { score: number, term: string }>} */
    var best = new Map();
    var max = fuzziness(word.length);
    shards.forEach(function (data) {
      Object.keys(data.terms).forEach(function (term) {
        var kind =
          term === word
            ? 'exact'
            : term.indexOf(word) === 0
              ? 'prefix'
              : max > 0 && distance(word, term, max) <= max
                ? 'fuzzy'
                : '';
        if (!kind) return;
        var postings = decode(data.terms[term]);
        var df = postings.length / 2;
        var idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
        var weight = WEIGHT[/** @type {'exact'|'prefix'|'fuzzy'} */ (kind)] * idf;
        for (var i = 0; i < postings.length; i += 2) {
          var doc = /** @type {number} */ (postings[i]);
          var score = weight * /** @type {number} */ (postings[i + 1]);
          var seen = best.get(doc);
          if (!seen || score > seen.score) best.set(doc, { score: score, term: term });
        }
      });
    });
    return best;
  }

  /**
   * The documents that every query word matches, best first: [{ number, score, terms }].
   * @param {Map<number, { score: number, term: string }>[]} perWord
   */
  function rank(perWord) {
    /** @type {{ number: number, score: number, terms: string[] }[]} */
    var ranked = [];
    /** @type {Map<number, { score: number, term: string }>[]} */ (perWord)[0]?.forEach(function (_, doc) {
      var score = 0;
      /** @type {string[]} */
      var matched = [];
      for (var i = 0; i < perWord.length; i++) {
        var m = perWord[i]?.get(doc);
        if (!m) return;
        score += m.score;
        matched.push(m.term);
      }
      ranked.push({ number: doc, score: score, terms: matched });
    });
    ranked.sort(function (a, b) {
      return b.score - a.score || a.number - b.number;
    });
    return ranked;
  }

  /**
   * @param {{ documents: number, docShards: { file: string, start: number }[], termShards: { file: string, first: string }[] }} manifest
   * @param {(file: string) => Promise<any>} load
   */
  function create(manifest, load) {
    /** @type {Map<string, Promise<any>>} */
    var loading = new Map();
    /** @type {string[]} */
    var loaded = [];
    function shard(/** @type {string} */ file) {
      var promise = loading.get(file);
      if (!promise) {
        loaded.push(file);
        promise = load(file);
        loading.set(file, promise);
      }
      return promise;
    }
    var firsts = manifest.termShards.map(function (s) {
      return s.first;
    });
    var starts = manifest.docShards.map(function (s) {
      return s.start;
    });

    /** The term shards that hold a word and the words it begins. */
    function termFiles(/** @type {string} */ word) {
      if (firsts.length === 0) return [];
      var from = lastAtMost(firsts, word);
      var to = Math.min(lastAtMost(firsts, word + '\uffff'), from + PREFIX_SHARDS - 1);
      /** @type {string[]} */
      var files = [];
      manifest.termShards.slice(from, to + 1).forEach(function (s) {
        files.push(s.file);
      });
      return files;
    }

    /** The documents, by number, in the order asked, loading the shards they are in. */
    function documents(/** @type {number[]} */ numbers) {
      return Promise.all(
        numbers.map(function (n) {
          var entry = /** @type {{ file: string }} */ (manifest.docShards[lastAtMost(starts, n)]);
          return shard(entry.file).then(function (data) {
            var d = data.docs[n - data.start];
            return { number: n, kind: d[0], title: d[1], text: d[2], label: d[3], href: d[4] };
          });
        }),
      );
    }

    /**
     * The documents that match every word, best first: [{ number, score, terms }], `terms` being the index's words
     * that matched (for marking them). Quoted phrases are checked in the documents' text, which are loaded for it.
     */
    function search(/** @type {string} */ query) {
      var words = terms(query.replace(/["\u201C\u201D]/g, ' ')).filter(function (w, i, all) {
        return all.indexOf(w) === i;
      });
      if (words.length === 0) return Promise.resolve([]);
      return Promise.all(
        words.map(function (word) {
          return Promise.all(termFiles(word).map(shard)).then(function (shards) {
            return matchesOf(word, shards, manifest.documents);
          });
        }),
      ).then(function (perWord) {
        var ranked = rank(perWord);
        var phrases = phrasesOf(query);
        if (phrases.length === 0) return ranked;
        return documents(
          ranked.map(function (r) {
            return r.number;
          }),
        ).then(function (/** @type {{ title: string, text: string }[]} */ docs) {
          return ranked.filter(function (_, i) {
            var doc = /** @type {{ title: string, text: string }} */ (docs[i]);
            var haystack = normalise(doc.title + ' ' + doc.text);
            return phrases.every(function (p) {
              return haystack.indexOf(p) !== -1;
            });
          });
        });
      });
    }

    return { search: search, documents: documents, loaded: loaded };
  }

  root.HSD_SEARCH_ENGINE = { create: create, terms: terms, decode: decode, distance: distance };
})(/** @type {any} */ (typeof window !== 'undefined' ? window : globalThis));
