/* Concordance static snapshot: answers the compare and search forms in the browser from
   snapshot-data.js (loaded as a script, so it also works when opened from the file system). */
(function () {
  "use strict";
  var data = window.CONCORDANCE_SNAPSHOT;
  if (!data) { return; }
  var main = document.getElementById("main");
  var params = new URLSearchParams(window.location.search);
  var zh = document.documentElement.lang.indexOf("zh") === 0;
  var up = (document.querySelector("link[rel=stylesheet]").getAttribute("href") || "").replace(/static\/site\.css$/, "");

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function compare() {
    var chosen = params.getAll("documents").join(",").split(",").filter(Boolean)
      .filter(function (s, i, all) { return all.indexOf(s) === i; });
    document.querySelectorAll("input[name=documents]").forEach(function (box) { box.checked = chosen.indexOf(box.value) >= 0; });
    if (chosen.length === 0) { return; }
    var section = el("section", null, { id: "result" });
    if (chosen.length < 2 || chosen.length > 4 || chosen.some(function (s) { return !data.documents[s]; })) {
      section.appendChild(el("p", zh ? "请选择两到四份文件。" : "Pick two to four documents.", { "class": "error", role: "alert" }));
      main.appendChild(section);
      return;
    }
    function jaccard(a, b) {
      var A = data.documents[a]["for"], B = data.documents[b]["for"];
      var union = A.concat(B.filter(function (t) { return A.indexOf(t) < 0; }));
      var both = A.filter(function (t) { return B.indexOf(t) >= 0; });
      return union.length === 0 ? 0 : both.length / union.length;
    }
    var pairs = [];
    for (var i = 0; i < chosen.length; i++) { for (var j = i + 1; j < chosen.length; j++) { pairs.push(jaccard(chosen[i], chosen[j])); } }
    var similarity = Math.round(1000 * pairs.reduce(function (x, y) { return x + y; }, 0) / pairs.length) / 1000;
    var heading = el("h2", chosen.map(function (s) { return data.documents[s].titleEn; }).join(" · "), { id: "result-h" });
    section.appendChild(heading);
    var p = el("p");
    p.appendChild(el("strong", (zh ? "相似度" : "Similarity") + ": "));
    p.appendChild(el("span", String(similarity), { id: "similarity" }));
    section.appendChild(p);
    var shared = data.documents[chosen[0]].named.filter(function (t) {
      return chosen.every(function (s) { return data.documents[s].named.indexOf(t) >= 0; });
    });
    section.appendChild(el("h3", zh ? "共有的措施类型" : "Shared measure types"));
    var ul = el("ul", null, { "class": "inline" });
    shared.forEach(function (t) {
      var li = el("li");
      li.appendChild(el("h4", null)).appendChild(el("a", t, { href: up + (zh ? "zh" : "en") + "/measure-types/" + t + "/index.html" }));
      ul.appendChild(li);
    });
    section.appendChild(ul);
    chosen.forEach(function (s) {
      var only = data.documents[s].named.filter(function (t) {
        return chosen.every(function (o) { return o === s || data.documents[o].named.indexOf(t) < 0; });
      });
      section.appendChild(el("h3", (zh ? "仅见于 " : "Only in ") + s));
      section.appendChild(el("p", only.length ? only.join(", ") : "—"));
    });
    var common = data.documents[chosen[0]].signatories.filter(function (a) {
      return chosen.every(function (s) { return data.documents[s].signatories.indexOf(a) >= 0; });
    });
    section.appendChild(el("h3", zh ? "共同签署者" : "Common signatories"));
    section.appendChild(el("p", common.length ? common.join(", ") : "—"));
    main.appendChild(section);
  }

  function stem(word) {
    return word.replace(/(ing|ed|es|s)$/, "");
  }

  function search() {
    var q = (params.get("q") || "").trim();
    var input = document.getElementById("q");
    if (input) { input.value = q; }
    if (!q) { return; }
    var terms = q.toLowerCase().split(/[\s,，。、]+/).filter(Boolean);
    var hits = data.search.filter(function (e) {
      var hay = (e.title + " " + e.text).toLowerCase();
      var words = hay.split(/[^a-z0-9\u3400-\u9fff]+/).map(stem);
      return terms.every(function (t) {
        return /[\u3400-\u9fff]/.test(t) ? hay.indexOf(t) >= 0 : words.indexOf(stem(t)) >= 0 || hay.indexOf(t) >= 0;
      });
    });
    var count = el("p", hits.length + (zh ? " 条结果：“" : " results for “") + q + "”", { id: "result-count" });
    var ol = el("ol", null, { "class": "results" });
    hits.slice(0, 100).forEach(function (h) {
      var li = el("li");
      li.appendChild(el("a", h.title, { href: up + h.path.replace(/^en\//, zh ? "zh/" : "en/") }));
      li.appendChild(el("span", " " + h.kind, { "class": "meta" }));
      li.appendChild(el("p", h.text.slice(0, 200), { "class": "snippet" }));
      ol.appendChild(li);
    });
    main.appendChild(count);
    main.appendChild(ol);
  }

  if (document.querySelector("form.compare-form")) { compare(); }
  if (document.querySelector("form[role=search]") && document.getElementById("q") && document.querySelector("h1") &&
      !document.querySelector("ul.cards")) { search(); }
})();
