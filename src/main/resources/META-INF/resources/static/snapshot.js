/* Concordance static snapshot: answers the compare and search forms in the browser. The data
   are shards the exporter wrote (snapshot-index.js says how many), each a script that calls
   CONCORDANCE_LOADED, loaded by script tag only when a query needs it, so that this works when
   the snapshot is opened from the file system and the browser never receives the whole corpus.
   Terms and shards are derived as StaticSearch.java derives them. */
(function () {
  "use strict";
  var data = window.CONCORDANCE_SNAPSHOT;
  if (!data) { return; }
  var main = document.getElementById("main");
  var params = new URLSearchParams(window.location.search);
  var zh = document.documentElement.lang.indexOf("zh") === 0;
  /** The page's words, from the message bundle the server's pages use (snapshot-index.js). */
  var words = data.labels[zh ? "zh" : "en"];
  function type(code) { return words.types[code] || code; }
  var up = (document.querySelector("link[rel=stylesheet]").getAttribute("href") || "").replace(/static\/site\.css$/, "");
  var loaded = {};
  window.CONCORDANCE_LOADED = function (name, value) { loaded[name] = value; };

  /** A shard, by script tag (fetch is refused to file:// pages). */
  function load(path, name) {
    return new Promise(function (resolve, reject) {
      if (loaded[name]) { resolve(loaded[name]); return; }
      var s = document.createElement("script");
      s.src = up + path;
      s.onload = function () { resolve(loaded[name]); };
      s.onerror = function () { reject(new Error("cannot load " + path)); };
      document.body.appendChild(s);
    });
  }

  /** FNV-1a over the UTF-8 bytes, modulo the shard count: StaticSearch.shard. */
  function shard(key, shards) {
    var bytes = new TextEncoder().encode(key);
    var h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193); }
    return (h >>> 0) % shards;
  }

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function failed(error) {
    main.appendChild(el("p", String(error.message || error), { "class": "error", role: "alert" }));
  }

  function compare() {
    var chosen = params.getAll("documents").join(",").split(",").filter(Boolean)
      .filter(function (s, i, all) { return all.indexOf(s) === i; });
    document.querySelectorAll("input[name=documents]").forEach(function (box) { box.checked = chosen.indexOf(box.value) >= 0; });
    if (chosen.length === 0) { return; }
    var shards = data.compare.shards;
    var needed = chosen.slice(0, 4).map(function (s) { return shard(s, shards); })
      .filter(function (n, i, all) { return all.indexOf(n) === i; });
    Promise.all(needed.map(function (n) { return load("compare/documents-" + n + ".js", "documents-" + n); })).then(function () {
      var documents = {};
      chosen.forEach(function (s) {
        var profile = (loaded["documents-" + shard(s, shards)] || {})[s];
        if (profile) { documents[s] = profile; }
      });
      show(chosen, documents);
    }).catch(failed);
  }

  function show(chosen, documents) {
    var section = el("section", null, { id: "result" });
    if (chosen.length < 2 || chosen.length > 4 || chosen.some(function (s) { return !documents[s]; })) {
      section.appendChild(el("p", words["compare.pick"], { "class": "error", role: "alert" }));
      main.appendChild(section);
      return;
    }
    function jaccard(a, b) {
      var A = documents[a]["for"], B = documents[b]["for"];
      var union = A.concat(B.filter(function (t) { return A.indexOf(t) < 0; }));
      var both = A.filter(function (t) { return B.indexOf(t) >= 0; });
      return union.length === 0 ? 0 : both.length / union.length;
    }
    var pairs = [];
    for (var i = 0; i < chosen.length; i++) { for (var j = i + 1; j < chosen.length; j++) { pairs.push(jaccard(chosen[i], chosen[j])); } }
    var similarity = Math.round(1000 * pairs.reduce(function (x, y) { return x + y; }, 0) / pairs.length) / 1000;
    var heading = el("h2", chosen.map(function (s) { return documents[s].titleEn; }).join(" · "), { id: "result-h" });
    section.appendChild(heading);
    var p = el("p");
    p.appendChild(el("strong", words["compare.similarity"] + ": "));
    p.appendChild(el("span", String(similarity), { id: "similarity" }));
    section.appendChild(p);
    var shared = documents[chosen[0]].named.filter(function (t) {
      return chosen.every(function (s) { return documents[s].named.indexOf(t) >= 0; });
    });
    section.appendChild(el("h3", words["compare.shared"]));
    var ul = el("ul", null, { "class": "inline" });
    shared.forEach(function (t) {
      var li = el("li");
      li.appendChild(el("h4", null)).appendChild(el("a", type(t), { href: up + (zh ? "zh" : "en") + "/measure-types/" + t + "/index.html" }));
      ul.appendChild(li);
    });
    section.appendChild(ul);
    chosen.forEach(function (s) {
      var only = documents[s].named.filter(function (t) {
        return chosen.every(function (o) { return o === s || documents[o].named.indexOf(t) < 0; });
      });
      section.appendChild(el("h3", words["compare.unique"] + " " + s));
      section.appendChild(el("p", only.length ? only.map(type).join(", ") : "—"));
    });
    var common = documents[chosen[0]].signatories.filter(function (a) {
      return chosen.every(function (s) { return documents[s].signatories.indexOf(a) >= 0; });
    });
    section.appendChild(el("h3", words["compare.signatories"]));
    section.appendChild(el("p", common.length ? common.join(", ") : "—"));
    main.appendChild(section);
  }

  /** A query's terms: StaticSearch.terms(query, false). */
  function terms(text) {
    var s = text.normalize("NFKC").toLowerCase();
    var out = [];
    var word = "";
    var han = [];
    function add(t) { if (out.indexOf(t) < 0) { out.push(t); } }
    function flushWord() { if (word) { if (data.search.stopWords.indexOf(word) < 0) { add(fold(word)); } word = ""; } }
    function flushHan() {
      if (han.length === 1) { add(han[0]); }
      for (var i = 0; i + 1 < han.length; i++) { add(han[i] + han[i + 1]); }
      han = [];
    }
    for (var ch of s) {
      if (/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(ch)) { flushWord(); han.push(ch); }
      else if (/[\p{L}\p{Nd}]/u.test(ch)) { flushHan(); word += ch; }
      else { flushWord(); flushHan(); }
    }
    flushWord();
    flushHan();
    return out;
  }

  /** One English ending folded (-ing, -ed, -s), then a final e, each when three letters remain: StaticSearch.fold. */
  function fold(word) {
    var w = word;
    var suffixes = ["ing", "ed", "s"];
    for (var i = 0; i < suffixes.length; i++) {
      var x = suffixes[i];
      if (w.length - x.length >= 3 && w.slice(-x.length) === x) { w = w.slice(0, -x.length); break; }
    }
    return w.slice(-1) === "e" && w.length > 3 ? w.slice(0, -1) : w;
  }

  function search() {
    var q = (params.get("q") || "").trim();
    var input = document.getElementById("q");
    if (input) { input.value = q; }
    if (!q) { return; }
    var wanted = terms(q);
    var shards = data.search.termShards;
    var needed = wanted.map(function (t) { return shard(t, shards); }).filter(function (n, i, all) { return all.indexOf(n) === i; });
    Promise.all(needed.map(function (n) { return load("search/terms-" + n + ".js", "terms-" + n); })).then(function () {
      var lists = wanted.map(function (t) { return loaded["terms-" + shard(t, shards)][t] || []; });
      lists.sort(function (a, b) { return a.length - b.length; });
      var hits = lists.length === 0 ? [] : lists[0].filter(function (id) {
        return lists.every(function (l) { return l === lists[0] || binary(l, id); });
      });
      var shown = hits.slice(0, 100);
      var chunks = shown.map(function (id) { return Math.floor(id / data.search.entryChunk); })
        .filter(function (n, i, all) { return all.indexOf(n) === i; });
      return Promise.all(chunks.map(function (n) { return load("search/entries-" + n + ".js", "entries-" + n); })).then(function () {
        render(q, hits.length, shown.map(function (id) {
          return loaded["entries-" + Math.floor(id / data.search.entryChunk)][id % data.search.entryChunk];
        }));
      });
    }).catch(failed);
  }

  /** Whether a sorted list of entry ids holds one. */
  function binary(list, id) {
    var lo = 0, hi = list.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] === id) { return true; }
      if (list[mid] < id) { lo = mid + 1; } else { hi = mid - 1; }
    }
    return false;
  }

  function render(q, total, entries) {
    var count = el("p", total + " " + words["search.results"] + " “" + q + "”", { id: "result-count" });
    var ol = el("ol", null, { "class": "results" });
    entries.forEach(function (h) {
      var li = el("li");
      li.appendChild(el("a", h[1], { href: up + h[2].replace(/^en\//, zh ? "zh/" : "en/") }));
      li.appendChild(el("span", " " + (words.kinds[h[0]] || h[0]), { "class": "meta" }));
      li.appendChild(el("p", h[3], { "class": "snippet" }));
      ol.appendChild(li);
    });
    main.appendChild(count);
    main.appendChild(ol);
  }

  if (document.querySelector("form.compare-form")) { compare(); }
  if (document.querySelector("form[role=search]") && document.getElementById("q") && document.querySelector("h1") &&
      !document.querySelector("ul.cards")) { search(); }
})();
