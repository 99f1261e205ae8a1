// Drives Material's header search box with Pagefind (loaded lazily, from this site only).
(function () {
  "use strict";
  var OPEN = "qqistilahcari", CLOSE = "qqistilahakhir"; // hidden search-term blocks (see search_pagefind.py)
  var MAX_RESULTS = 10, MAX_SUB_RESULTS = 5, EXCERPT_WORDS = 30;
  var root = document.querySelector("[data-explainer-search]");
  if (!root) return;
  var input = root.querySelector("[data-explainer-search-query]");
  var meta = root.querySelector("[data-explainer-search-meta]");
  var list = root.querySelector("[data-explainer-search-list]");
  var toggle = document.getElementById("__search");
  var config = JSON.parse(document.getElementById("__config").textContent);
  var base = new URL(config.base + "/", location.href);
  var pagefind = null, seq = 0, timer = null;

  // The main bundle lists the bundles merged into it (one per year when the index is split: see
  // search/bundles.py); results of all come back as one list, ranked by Pagefind's scores.
  function merged(pf) {
    return fetch(new URL("pagefind/explainer-indexes.json", base).href)
      .then(function (r) { return r.ok ? r.json() : { merge: [] }; })
      .then(function (m) {
        return Promise.all((m.merge || []).map(function (folder) {
          return pf.mergeIndex(new URL("pagefind/" + folder + "/", base).pathname, { baseUrl: base.pathname });
        }));
      });
  }

  // Opened from disk (file://), the browser refuses to load the index: say so in Indonesian, once, instead of
  // its own English error.
  var FROM_DISK = location.protocol === "file:";
  var DISK_MESSAGE = "Pencarian memerlukan server web: situs ini dibuka langsung dari berkas. Jalankan " +
    "\u201cmkdocs serve\u201d (atau server statis apa pun, misalnya \u201cpython -m http.server\u201d di folder situs) " +
    "lalu buka alamat http:// yang ditampilkannya.";
  var FAILED_MESSAGE = "Pencarian tidak dapat dimuat. Muat ulang halaman, lalu coba lagi.";

  function load() {
    if (FROM_DISK) return Promise.reject(new Error(DISK_MESSAGE));
    if (!pagefind) {
      pagefind = import(new URL("pagefind/pagefind.js", base).href).then(function (pf) {
        return pf.options({ baseUrl: base.pathname }).then(function () { pf.init(); return merged(pf); })
          .then(function () { return pf; });
      }).catch(function (e) { pagefind = null; throw e; }); // tried again on the next search
    }
    return pagefind;
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // Other forms of the query's words: Pagefind finds a page through its hidden terms ("kunjungan" finds a page
  // saying "mengunjungi"), but marks only the words it matched itself. A word of the excerpt is marked too when
  // it and a query word can share a root under the common Indonesian affixes (the index was built from the same
  // families: search/terms.py), so every matched form shows.
  var PREFIXES = [["meng", "k"], ["meny", "s"], ["mem", "p"], ["men", "t"], ["me", ""], ["peng", "k"], ["peny", "s"],
    ["pem", "p"], ["pen", "t"], ["per", ""], ["pe", ""], ["ber", ""], ["be", ""], ["ter", ""], ["di", ""], ["ke", ""],
    ["se", ""], ["", ""]];
  var SUFFIXES = ["kannya", "annya", "inya", "kan", "an", "i", "nya", "lah", "kah", ""];
  function bare(w) { return String(w || "").toLowerCase().replace(/[^a-z\u00c0-\u024f-]/g, ""); }
  var rootMemo = {};
  function roots(word) {
    var w = bare(word);
    if (rootMemo[w]) return rootMemo[w];
    var out = rootMemo[w] = {};
    SUFFIXES.forEach(function (suf) {
      if (suf && !(w.length > suf.length + 2 && w.slice(-suf.length) === suf)) return;
      var stem = suf ? w.slice(0, -suf.length) : w;
      PREFIXES.forEach(function (pre) {
        if (pre[0] && stem.indexOf(pre[0]) !== 0) return;
        var rest = stem.slice(pre[0].length);
        if (rest.length >= 4) out[rest] = true;
        if (pre[1] && /^[aeiou]/.test(rest) && rest.length >= 3) out[pre[1] + rest] = true;
      });
    });
    return out;
  }
  function familyOf(query) {
    var words = query.split(/\s+/).filter(function (w) { return bare(w).length >= 3; });
    var sets = words.map(roots);
    return function (word) {
      var b = bare(word);
      if (b.length < 3) return false;
      var mine = roots(b);
      return words.some(function (q, i) {
        if (bare(q) === b) return true;
        for (var r in mine) if (sets[i][r]) return true;
        return false;
      });
    };
  }
  var related = function () { return false; };

  // Pagefind counts words by splitting content on whitespace; its locations index that list. Every
  // section of the indexed copy ends with a hidden-terms block, so an excerpt stops where its section
  // ends. `from`: the first word of the section (after its heading) for a sub-result, whose excerpt stays in
  // its section; a page's own excerpt (`whole`) may start at a related word of any section.
  function excerpt(content, locations, from, whole) {
    var words = content.split(/[\r\n\s]+/g), hidden = new Array(words.length), inside = false;
    for (var i = 0; i < words.length; i++) {
      var w = words[i].toLowerCase().replace(/[^a-z]/g, "");
      if (w === OPEN) inside = true;
      hidden[i] = inside;
      if (w === CLOSE) inside = false;
    }
    from = from || 0;
    var shown = (locations || []).filter(function (l) { return l >= from && l < words.length && !hidden[l]; });
    var marks = {}; shown.forEach(function (l) { marks[l] = true; });
    var end = from;
    while (end < words.length && !hidden[end]) end++;
    for (var k = from; k < (whole ? words.length : end); k++) {
      if (!hidden[k] && !marks[k] && related(words[k])) marks[k] = true;
    }
    var marked = Object.keys(marks).map(Number).filter(function (l) { return l >= from; }).sort(function (a, b) {
      return a - b; });
    var start = marked.length ? marked[0] : from;
    for (var back = 0; start > from && back < EXCERPT_WORDS / 3 && !hidden[start - 1]; back++) start--;
    var out = [], j = start;
    for (; j < words.length && out.length < EXCERPT_WORDS; j++) {
      if (hidden[j]) { if (out.length) break; continue; }
      out.push(marks[j] ? "<mark>" + escapeHtml(words[j]) + "</mark>" : escapeHtml(words[j]));
    }
    var more = out.length >= EXCERPT_WORDS && j < words.length && !hidden[j];
    var cut = start > from && !hidden[start - 1];
    return (cut ? "… " : "") + out.join(" ") + (more ? " …" : "");
  }

  // The indexed copy opens with the page title, which the result already shows as its heading.
  function titleWords(d) {
    var title = ((d.meta && d.meta.title) || "").split(/\s+/).filter(Boolean);
    var words = d.content.split(/[\r\n\s]+/g); // as excerpt() splits it
    var bare = function (w) { return String(w || "").replace(/[.:;,!?]+$/, ""); }; // Pagefind ends headings with "."
    for (var i = 0; i < title.length; i++) if (bare(words[i]) !== bare(title[i])) return 0;
    return title.length;
  }

  function item(href, title, text, level) {
    var a = document.createElement("a");
    a.href = href; a.className = "md-search-result__link"; a.tabIndex = -1;
    var art = document.createElement("article");
    art.className = "md-search-result__article md-typeset";
    if (level === 1) art.innerHTML = '<div class="md-search-result__icon md-icon"></div>';
    var h = document.createElement(level === 1 ? "h1" : "h2");
    h.textContent = title;
    art.appendChild(h);
    if (text) {
      var p = document.createElement("p");
      p.innerHTML = text;
      art.appendChild(p);
    }
    a.appendChild(art);
    return a;
  }

  function render(query, results, datas) {
    list.innerHTML = "";
    meta.dataset.query = query; // tells tests (and scripts) which query the list answers
    if (!query) { meta.textContent = config.translations["search.result.placeholder"]; return; }
    var n = results.length;
    meta.textContent = n === 0 ? config.translations["search.result.none"]
      : n === 1 ? config.translations["search.result.one"]
      : config.translations["search.result.other"].replace("#", n);
    datas.forEach(function (d) {
      var li = document.createElement("li");
      li.className = "md-search-result__item";
      var title = (d.meta && d.meta.title) || d.url;
      var entries = (d.sub_results || []).filter(function (s) {
        return s.url && s.url !== d.url && s.url.indexOf("#") >= 0 && (s.locations || []).length;
      });
      // a reference page (timeline, glossary, quotes) is its entries: its title heads them, with no excerpt
      var reference = d.meta && d.meta.kind === "reference" && entries.length;
      // One excerpt per result: a page shows its own, and its matching sections follow as titles only; a
      // reference page shows none, and each of its entries (a result of its own) shows one.
      li.appendChild(item(d.url, title, reference ? "" : excerpt(d.content, d.locations, titleWords(d), true), 1));
      entries.slice(0, MAX_SUB_RESULTS).forEach(function (s) {
        var a = s.anchor, heading = a && typeof a.location === "number"  // first word after the heading
          ? a.location + String(a.text || "").split(/\s+/).filter(Boolean).length : 0;
        li.appendChild(item(s.url, s.title, reference ? excerpt(d.content, s.locations, heading) : "", 2));
      });
      list.appendChild(li);
    });
  }

  function search() {
    var query = input.value.trim(), mine = ++seq;
    if (!query) { render("", [], []); return; }
    related = familyOf(query);
    load().then(function (pf) { return pf.search(query); }).then(function (r) {
      if (mine !== seq) return;
      var results = r.results;
      return Promise.all(results.slice(0, MAX_RESULTS).map(function (x) { return x.data(); }))
        .then(function (datas) { if (mine === seq) render(query, results, datas); });
    }).catch(function () {
      if (mine !== seq) return;
      list.innerHTML = "";
      meta.dataset.query = query;
      meta.textContent = FROM_DISK ? DISK_MESSAGE : FAILED_MESSAGE;
    });
  }

  // Every result URL for a query (pages and matching entries), for tests and scripts.
  var DATA_BATCH = 50;
  window.explainerSearch = {
    allUrls: function (query) {
      return load().then(function (pf) { return pf.search(query); }).then(function (r) {
        var datas = [];  // read in batches: thousands of fragment requests at once fail ("Failed to fetch")
        function from(i) {
          if (i >= r.results.length) return datas;
          return Promise.all(r.results.slice(i, i + DATA_BATCH).map(function (x) { return x.data(); }))
            .then(function (some) { datas.push.apply(datas, some); return from(i + DATA_BATCH); });
        }
        return from(0);
      }).then(function (datas) {
        var urls = [];
        datas.forEach(function (d) {
          urls.push(d.url);
          (d.sub_results || []).forEach(function (s) {
            if (s.url && s.url.indexOf("#") >= 0 && (s.locations || []).length) urls.push(s.url);
          });
        });
        return urls;
      });
    }
  };

  // Open and close the panel as Material's own search does: it is open while the __search toggle is
  // checked; focusing the box opens it (after the click that focused it, as Material debounces focus,
  // so a label click that already opened it is not undone).
  function setOpen(open) {
    if (toggle.checked !== open) { toggle.checked = open; toggle.dispatchEvent(new Event("change")); }
  }
  function links() { return Array.prototype.slice.call(list.querySelectorAll("a[href]")); }

  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(search, 120); });
  function preload() { load().catch(function () {}); } // errors are shown when a search runs
  input.addEventListener("focus", function () { preload(); setTimeout(function () {
    if (document.activeElement === input) setOpen(true);
  }, 1); });
  root.querySelector("form").addEventListener("reset", function () {
    input.focus(); setTimeout(search, 0); // the box is emptied after this event
  });
  toggle.addEventListener("change", function () { if (toggle.checked) { preload(); input.focus(); } });
  // The header magnifier (phones): focus the box inside the click, so phones show their keyboard.
  document.querySelectorAll("header label[for=__search]").forEach(function (label) {
    label.addEventListener("click", function () { input.focus(); });
  });
  root.addEventListener("click", function (e) {
    if (e.target instanceof Element && e.target.closest("a")) setOpen(false);
  });

  function susceptible(el) { // an element that takes the key itself (Material's rule)
    if (!el) return false;
    if (el instanceof HTMLInputElement) return true;
    if (el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) return true;
    return el.isContentEditable;
  }

  // Keys as in stock Material. Search open: Enter opens the first result, Escape/Tab close, arrows move
  // through the box and the result links, any other key goes to the box. Closed: "/", "s", "f" open it.
  window.addEventListener("keydown", function (e) {
    if (e.metaKey || e.ctrlKey || e.isComposing) return;
    var active = document.activeElement;
    if (toggle.checked) {
      if (e.key === "Enter") {
        if (active === input) {
          var first = list.querySelector("li > a[href]");
          if (first) first.click();
          e.preventDefault();
        }
      } else if (e.key === "Escape" || e.key === "Tab") {
        setOpen(false); input.blur();
      } else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
        var els = [input].concat(links());
        var i = Math.max(0, els.indexOf(active));
        els[(i + els.length + (e.key === "ArrowUp" ? -1 : 1)) % els.length].focus();
        e.preventDefault(); e.stopPropagation();
      } else if (active !== input && e.key.length === 1) {
        input.focus();
      }
    } else if (!susceptible(active) && !e.altKey && (e.key === "/" || e.key === "s" || e.key === "f")) {
      input.focus(); input.select(); setOpen(true);
      e.preventDefault(); e.stopPropagation();
    }
  });
  var q = new URLSearchParams(location.search).get("q");
  if (q) { setOpen(true); input.value = q; input.focus(); search(); }
})();
