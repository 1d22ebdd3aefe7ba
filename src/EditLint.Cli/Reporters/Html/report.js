// EditLint's HTML report. Plain JavaScript, no dependencies: the page has to open offline from a CI artifact.
// Every piece of article text, path and message reaches the DOM through textContent, never as markup.
(function () {
  "use strict";

  performance.mark("editlint-start");
  var data = JSON.parse(document.getElementById("editlint-data").textContent);
  performance.mark("editlint-parsed");
  var report = data.report;
  var files = report.files;
  var sources = data.sources;
  var RANK = { error: 3, warning: 2, info: 1 };
  var rules = new Map();
  data.rules.forEach(function (r) { rules.set(r.id, r); });

  var fileByPath = new Map();
  files.forEach(function (f, i) {
    fileByPath.set(f.path, i);
    f.counts = { error: 0, warning: 0, info: 0 };
    f.diags = [];
  });
  var diags = report.diagnostics;
  diags.forEach(function (d, i) {
    d.index = i;
    d.rank = RANK[d.severity] || 0;
    d.file = fileByPath.has(d.path) ? fileByPath.get(d.path) : -1;
    if (d.file >= 0) {
      files[d.file].counts[d.severity]++;
      files[d.file].diags.push(i);
    }
  });

  var state = {
    file: -1,
    current: -1,
    severities: new Set(["error", "warning", "info"]),
    rule: "",
    fileFilter: "",
    search: "",
    sort: { key: "file", dir: 1 },
    filtered: [],
    filesShown: [],
  };

  function $(id) { return document.getElementById(id); }
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  // ---------------------------------------------------------------- virtualised list
  // Fixed-height rows, absolutely positioned over a spacer: only the rows in view (plus a margin) exist in the
  // DOM, so 20,000 problems cost the same to scroll as 20.
  function VirtualList(viewport, rowHeight, renderRow, onActivate) {
    this.viewport = viewport;
    this.rowHeight = rowHeight;
    this.renderRow = renderRow;
    this.count = 0;
    this.spacer = el("div", "spacer");
    viewport.appendChild(this.spacer);
    this.rows = new Map();
    this.pending = false;
    var self = this;
    viewport.addEventListener("scroll", function () {
      if (self.pending) return;
      self.pending = true;
      requestAnimationFrame(function () { self.pending = false; self.render(); });
    });
    viewport.addEventListener("click", function (e) {
      var row = e.target.closest(".vrow");
      if (row) onActivate(Number(row.dataset.i));
    });
  }
  VirtualList.prototype.setCount = function (n) {
    this.count = n;
    this.spacer.style.height = n * this.rowHeight + "px";
    this.refresh();
  };
  // Content changed (filter, sort, selection): every row is rebuilt.
  VirtualList.prototype.refresh = function () {
    this.rows.forEach(function (r) { r.remove(); });
    this.rows = new Map();
    this.render();
  };
  // Scrolling: rows that left the window go, rows that entered it are built; the rest stay as they are.
  VirtualList.prototype.render = function () {
    var top = this.viewport.scrollTop;
    var height = this.viewport.clientHeight || 600;
    var first = Math.max(0, Math.floor(top / this.rowHeight) - 10);
    var last = Math.min(this.count, Math.ceil((top + height) / this.rowHeight) + 10);
    var rows = this.rows;
    rows.forEach(function (row, i) {
      if (i < first || i >= last) { row.remove(); rows.delete(i); }
    });
    var frag = document.createDocumentFragment();
    for (var i = first; i < last; i++) {
      if (rows.has(i)) continue;
      var row = el("div", "vrow");
      row.dataset.i = i;
      row.style.top = i * this.rowHeight + "px";
      this.renderRow(i, row);
      rows.set(i, row);
      frag.appendChild(row);
    }
    this.viewport.appendChild(frag);
  };
  VirtualList.prototype.reveal = function (i) {
    var top = i * this.rowHeight;
    var v = this.viewport;
    if (top < v.scrollTop) v.scrollTop = top;
    else if (top + this.rowHeight > v.scrollTop + v.clientHeight) v.scrollTop = top + this.rowHeight - v.clientHeight;
    this.refresh();
  };

  // ---------------------------------------------------------------- summary
  function renderSummary() {
    var s = report.summary;
    var counts = $("summary-counts");
    [["files", plural(s.files, "file", "files")], ["findings", plural(s.findings, "finding", "findings")],
     ["errors", plural(s.errors, "error", "errors")], ["warnings", plural(s.warnings, "warning", "warnings")],
     ["info", s.info + " info"]].forEach(function (pair) {
      var span = el("span");
      span.id = "summary-" + pair[0];
      span.dataset.value = s[pair[0]];
      span.textContent = pair[1];
      counts.appendChild(span);
    });
    var byRule = $("summary-rules");
    Object.keys(s.byRule).forEach(function (id) {
      var b = el("button", "rule-chip", id + " ×" + s.byRule[id]);
      b.type = "button";
      b.dataset.rule = id;
      b.title = (rules.get(id) || {}).title || id;
      b.addEventListener("click", function () { setRuleFilter(id); });
      byRule.appendChild(b);
    });
    $("summary-run").textContent = "EditLint " + report.toolVersion + " · " + data.elapsedSeconds.toFixed(2) + " s";
    var sel = $("problems-rule");
    Object.keys(s.byRule).forEach(function (id) {
      var o = el("option", "", id + " " + ((rules.get(id) || {}).title || "") + " (" + s.byRule[id] + ")");
      o.value = id;
      sel.appendChild(o);
    });
    ["error", "warning", "info"].forEach(function (sev) {
      document.querySelector('[data-count="' + sev + '"]').textContent = "(" + s[sev === "info" ? "info" : sev + "s"] + ")";
    });
  }

  // ---------------------------------------------------------------- files
  var fileList = new VirtualList($("files-list"), 26, function (i, row) {
    var f = files[state.filesShown[i]];
    row.classList.add("file-row");
    if (state.filesShown[i] === state.file) row.classList.add("selected");
    if (f.diags.length === 0) row.classList.add("empty");
    row.title = f.path + (f.status === "linted" ? "" : " (" + f.status + ")");
    var name = el("span", "name");
    name.appendChild(el("bdi", "", f.path));
    row.appendChild(name);
    ["error", "warning", "info"].forEach(function (sev) {
      if (f.counts[sev] > 0) row.appendChild(el("span", "badge " + sev, String(f.counts[sev])));
    });
  }, function (i) { selectFile(state.filesShown[i]); });

  function applyFileFilter() {
    var text = $("files-filter").value.toLowerCase();
    var withFindings = $("files-with-findings").checked;
    state.filesShown = [];
    for (var i = 0; i < files.length; i++) {
      if (withFindings && files[i].diags.length === 0) continue;
      if (text && files[i].path.toLowerCase().indexOf(text) < 0) continue;
      state.filesShown.push(i);
    }
    $("files-count").textContent = state.filesShown.length === files.length
      ? "(" + files.length + ")" : "(" + state.filesShown.length + " of " + files.length + ")";
    fileList.setCount(state.filesShown.length);
  }

  // ---------------------------------------------------------------- article
  var article = $("article");
  var lineStarts = [];
  var lineEls = [];
  var marksByDiag = new Map();

  function computeLineStarts(text) {
    // The same line breaks as EditLint's SourceText: \r\n, \r and \n.
    var starts = [0];
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) {
        starts.push(i + 1);
      }
    }
    return starts;
  }
  function lineOf(offset) {
    var lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  function selectFile(index, keepScroll) {
    if (index === state.file) return;
    state.file = index;
    marksByDiag = new Map();
    lineEls = [];
    article.textContent = "";
    fileList.refresh();
    var f = files[index];
    $("article-path").textContent = f.path;
    $("article-counts").textContent = "· " + plural(f.diags.length, "finding", "findings");
    var text = sources[index];
    if (text === null || text === undefined) {
      article.appendChild(el("div", "notice", f.status === "empty"
        ? "This file is empty."
        : "This file could not be read; its findings in the problems panel say why."));
      return;
    }
    lineStarts = computeLineStarts(text);
    var perLine = lineStarts.map(function () { return []; });
    f.diags.forEach(function (di) {
      var d = diags[di];
      var start = Math.min(d.span.start, text.length);
      var end = Math.min(d.span.start + d.span.length, text.length);
      var first = lineOf(start), last = end > start ? lineOf(end - 1) : first;
      for (var l = first; l <= last; l++) perLine[l].push(di);
    });
    var frag = document.createDocumentFragment();
    for (var line = 0; line < lineStarts.length; line++) {
      var ls = lineStarts[line];
      var le = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
      while (le > ls && (text.charCodeAt(le - 1) === 10 || text.charCodeAt(le - 1) === 13)) le--;
      var row = el("div", "line");
      row.dataset.n = line + 1;
      var code = el("span", "code");
      renderLine(code, text, ls, le, perLine[line]);
      row.appendChild(code);
      lineEls.push(row);
      frag.appendChild(row);
    }
    article.appendChild(frag);
    if (!keepScroll) article.scrollTop = 0;
  }

  // Splits one line at every finding boundary; each piece knows the findings covering it.
  function renderLine(code, text, ls, le, lineDiags) {
    if (lineDiags.length === 0) {
      code.appendChild(document.createTextNode(text.slice(ls, le)));
      code.dataset.s = ls;
      return;
    }
    var cuts = [ls, le];
    var zeros = [];
    lineDiags.forEach(function (di) {
      var d = diags[di];
      if (d.span.length === 0) {
        // A finding about a missing thing (no headline, no date) is a caret where it would go.
        var at = Math.max(ls, Math.min(le, d.span.start));
        zeros.push([di, at]);
        cuts.push(at);
      } else {
        cuts.push(Math.max(ls, d.span.start));
        cuts.push(Math.min(le, d.span.start + d.span.length));
      }
    });
    cuts = Array.from(new Set(cuts)).sort(function (a, b) { return a - b; });
    for (var k = 0; k < cuts.length; k++) {
      var s = cuts[k];
      zeros.forEach(function (z) { if (z[1] === s) code.appendChild(markElement([z[0]], s, "")); });
      if (k + 1 === cuts.length) break;
      var e = cuts[k + 1];
      var covering = lineDiags.filter(function (di) {
        var d = diags[di];
        return d.span.length > 0 && d.span.start <= s && d.span.start + d.span.length >= e;
      });
      if (covering.length === 0) {
        var plain = el("span", "", text.slice(s, e));
        plain.dataset.s = s;
        code.appendChild(plain);
      } else {
        code.appendChild(markElement(covering, s, text.slice(s, e)));
      }
    }
  }

  function markElement(covering, start, text) {
    var worst = covering.reduce(function (a, di) { return Math.max(a, diags[di].rank); }, 0);
    var sev = worst === 3 ? "error" : worst === 2 ? "warning" : "info";
    var m = el("span", "mark " + sev + (text === "" ? " zero" : ""), text);
    m.dataset.s = start;
    m.dataset.d = covering.join(" ");
    covering.forEach(function (di) {
      if (!marksByDiag.has(di)) marksByDiag.set(di, []);
      marksByDiag.get(di).push(m);
    });
    return m;
  }

  // DOM position of an absolute offset in the current article.
  function domPoint(offset) {
    var line = lineOf(offset);
    var code = lineEls[line].lastChild;
    var pieces = code.children.length ? code.children : [code];
    var chosen = null;
    for (var i = 0; i < pieces.length; i++) {
      var s = Number(pieces[i].dataset.s);
      if (s <= offset && pieces[i].textContent.length > 0) chosen = pieces[i];
    }
    if (!chosen) return { node: code, offset: 0 };
    var node = chosen.firstChild || chosen;
    var at = Math.min(offset - Number(chosen.dataset.s), chosen.textContent.length);
    return { node: node, offset: at };
  }

  function selectSpan(start, end) {
    var a = domPoint(start), b = domPoint(end);
    var range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  function revealLine(line) {
    var row = lineEls[Math.max(0, Math.min(line, lineEls.length - 1))];
    if (!row) return;
    var top = row.offsetTop - article.offsetTop - article.clientHeight / 3;
    article.scrollTop = Math.max(0, top);
  }

  // ---------------------------------------------------------------- problems
  var problemList = new VirtualList($("problems-list"), 22, function (i, row) {
    var d = diags[state.filtered[i]];
    row.classList.add("problem-row");
    if (d.index === state.current) row.classList.add("selected");
    row.dataset.index = d.index;
    row.appendChild(el("span", "sev " + d.severity, d.severity));
    row.appendChild(el("span", "rule", d.id));
    var msg = el("span", "message", d.message);
    msg.title = d.message;
    row.appendChild(msg);
    var path = el("span", "path");
    path.appendChild(el("bdi", "", d.path));
    row.appendChild(path);
    row.appendChild(el("span", "pos", d.startLine + ":" + d.startColumn));
  }, function (i) { goTo(state.filtered[i], true); });

  function compare(a, b) {
    var x = diags[a], y = diags[b], c = 0;
    switch (state.sort.key) {
      case "severity": c = y.rank - x.rank; break;
      case "rule": c = x.id < y.id ? -1 : x.id > y.id ? 1 : 0; break;
      case "message": c = x.message < y.message ? -1 : x.message > y.message ? 1 : 0; break;
      default: c = 0;
    }
    // The report's own order (path, line, column, rule) breaks ties and is the "file" order.
    return c * state.sort.dir || (a - b) * (state.sort.key === "file" ? state.sort.dir : 1);
  }

  function applyProblemFilter() {
    var rule = state.rule, file = state.fileFilter.toLowerCase(), search = state.search.toLowerCase();
    var out = [];
    for (var i = 0; i < diags.length; i++) {
      var d = diags[i];
      if (!state.severities.has(d.severity)) continue;
      if (rule && d.id !== rule) continue;
      if (file && d.path.toLowerCase().indexOf(file) < 0) continue;
      if (search && d.message.toLowerCase().indexOf(search) < 0 && d.id.toLowerCase().indexOf(search) < 0) continue;
      out.push(i);
    }
    out.sort(compare);
    state.filtered = out;
    $("problems-count").textContent = out.length === diags.length
      ? "(" + diags.length + ")" : "(" + out.length + " of " + diags.length + ")";
    $("problems-count").dataset.shown = out.length;
    problemList.setCount(out.length);
  }

  function setRuleFilter(id) {
    state.rule = id;
    $("problems-rule").value = id;
    applyProblemFilter();
  }

  function goTo(di, fromList) {
    var d = diags[di];
    if (!d) return;
    var previous = marksByDiag.get(state.current) || [];
    previous.forEach(function (m) { m.classList.remove("current"); });
    lineEls.forEach(function (l) { l.classList.remove("target"); });
    state.current = di;
    if (d.file >= 0) {
      selectFile(d.file);
      if (sources[d.file] != null) {
        revealLine(d.startLine - 1);
        (marksByDiag.get(di) || []).forEach(function (m) { m.classList.add("current"); });
        selectSpan(d.span.start, d.span.start + d.span.length);
      }
      var pos = state.filesShown.indexOf(d.file);
      if (pos >= 0) fileList.reveal(pos);
    }
    var at = state.filtered.indexOf(di);
    if (at >= 0) problemList.reveal(at); else problemList.refresh();
    history.replaceState(null, "", "#" + linkTo(d.path, d.startLine));
    if (!fromList) $("problems-list").focus({ preventScroll: true });
  }

  function step(delta) {
    var list = state.filtered;
    if (list.length === 0) return;
    var at = list.indexOf(state.current);
    var next = at < 0 ? (delta > 0 ? 0 : list.length - 1) : (at + delta + list.length) % list.length;
    goTo(list[next], false);
  }

  // ---------------------------------------------------------------- hover
  var hover = $("hover");
  var hideTimer = 0;
  function showHover(mark) {
    clearTimeout(hideTimer);
    hover.textContent = "";
    mark.dataset.d.split(" ").forEach(function (di) {
      var d = diags[Number(di)], rule = rules.get(d.id) || {};
      var item = el("div", "item");
      var head = el("div", "head");
      head.appendChild(el("span", "sev " + d.severity, d.severity));
      var link = el("a", "", d.id);
      link.href = rule.helpUri || "#";
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      head.appendChild(link);
      head.appendChild(el("span", "title", rule.title || ""));
      item.appendChild(head);
      item.appendChild(el("div", "message", d.message));
      (d.relatedLocations || []).forEach(function (r) {
        var jump = el("button", "related", "Line " + r.startLine + ": " + r.message);
        jump.type = "button";
        jump.addEventListener("click", function () {
          revealLine(r.startLine - 1);
          selectSpan(r.span.start, r.span.start + r.span.length);
        });
        item.appendChild(jump);
      });
      var props = d.properties ? Object.keys(d.properties) : [];
      if (props.length) {
        var dl = el("dl");
        props.forEach(function (k) { dl.appendChild(el("dt", "", k)); dl.appendChild(el("dd", "", d.properties[k])); });
        item.appendChild(dl);
      }
      hover.appendChild(item);
    });
    hover.hidden = false;
    var r = mark.getBoundingClientRect();
    var top = r.bottom + 4;
    if (top + hover.offsetHeight > window.innerHeight) top = Math.max(0, r.top - hover.offsetHeight - 4);
    hover.style.top = top + "px";
    hover.style.left = Math.max(0, Math.min(r.left, window.innerWidth - hover.offsetWidth - 8)) + "px";
  }
  function hideHoverSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(function () { hover.hidden = true; }, 250);
  }
  article.addEventListener("mouseover", function (e) {
    var m = e.target.closest(".mark");
    if (m) showHover(m);
  });
  article.addEventListener("mouseout", function (e) {
    if (e.target.closest(".mark")) hideHoverSoon();
  });
  hover.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
  hover.addEventListener("mouseleave", hideHoverSoon);

  // ---------------------------------------------------------------- deep links: #path:line
  function linkTo(path, line) {
    return encodeURIComponent(path).replace(/%2F/g, "/") + (line ? ":" + line : "");
  }
  function followHash() {
    var raw = location.hash.slice(1);
    if (!raw) return false;
    var text;
    try { text = decodeURIComponent(raw); } catch (e) { text = raw; }
    var path = text, line = 0;
    if (!fileByPath.has(text)) {
      var m = /^(.*?)(?::(\d+)(?::\d+)?)?$/.exec(text);
      path = m[1];
      line = m[2] ? Number(m[2]) : 0;
    }
    if (!fileByPath.has(path)) return false;
    var fi = fileByPath.get(path);
    var onLine = files[fi].diags.filter(function (di) { return diags[di].startLine === line; });
    if (onLine.length) {
      goTo(onLine[0], true);
      return true;
    }
    selectFile(fi);
    if (line > 0 && lineEls.length) {
      revealLine(line - 1);
      lineEls[Math.min(line, lineEls.length) - 1].classList.add("target");
    }
    return true;
  }

  // ---------------------------------------------------------------- wiring
  $("files-filter").addEventListener("input", applyFileFilter);
  $("files-with-findings").addEventListener("change", applyFileFilter);
  document.querySelectorAll("[data-severity]").forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.checked) state.severities.add(box.dataset.severity); else state.severities.delete(box.dataset.severity);
      applyProblemFilter();
    });
  });
  $("problems-rule").addEventListener("change", function (e) { setRuleFilter(e.target.value); });
  $("problems-file").addEventListener("input", function (e) { state.fileFilter = e.target.value; applyProblemFilter(); });
  $("problems-search").addEventListener("input", function (e) { state.search = e.target.value; applyProblemFilter(); });
  document.querySelectorAll("#problems-header [data-sort]").forEach(function (b) {
    b.addEventListener("click", function () {
      var key = b.dataset.sort;
      state.sort = { key: key, dir: state.sort.key === key ? -state.sort.dir : 1 };
      document.querySelectorAll("#problems-header [data-sort]").forEach(function (o) { o.removeAttribute("aria-sort"); });
      b.setAttribute("aria-sort", state.sort.dir > 0 ? "ascending" : "descending");
      applyProblemFilter();
    });
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "F8") {
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    } else if (e.key === "Escape") {
      hover.hidden = true;
    }
  });
  // Arrow keys move through whichever list has the focus, as in an IDE's tree and problems views.
  $("files-list").addEventListener("keydown", function (e) {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    e.preventDefault();
    var at = state.filesShown.indexOf(state.file) + (e.key === "ArrowDown" ? 1 : -1);
    if (at < 0 || at >= state.filesShown.length) return;
    selectFile(state.filesShown[at]);
    fileList.reveal(at);
  });
  $("problems-list").addEventListener("keydown", function (e) {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    e.preventDefault();
    step(e.key === "ArrowDown" ? 1 : -1);
  });
  window.addEventListener("hashchange", followHash);

  renderSummary();
  applyFileFilter();
  applyProblemFilter();
  if (!followHash() && files.length) {
    var firstWithFindings = files.findIndex(function (f) { return f.diags.length > 0; });
    selectFile(firstWithFindings >= 0 ? firstWithFindings : 0);
  }
  document.body.dataset.ready = "true";
  performance.mark("editlint-ready");
  // The frame after this one is the first that shows the rendered report; tests read the mark to time it.
  requestAnimationFrame(function () { setTimeout(function () { performance.mark("editlint-painted"); }, 0); });
})();
