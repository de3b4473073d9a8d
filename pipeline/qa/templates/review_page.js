
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var items = document.querySelectorAll("[data-type]");
  var shownLabel = document.getElementById("shown");

  function apply(remember) {
    var off = {};
    boxes.forEach(function (box) { if (!box.checked) { off[box.getAttribute("data-filter")] = true; } });
    for (var i = 0; i < items.length; i++) {
      items[i].classList.toggle("off", off[items[i].getAttribute("data-type")] === true);
    }
    if (shownLabel) {
      shownLabel.textContent = String(document.querySelectorAll(".card[data-type]:not(.off)").length);
    }
    if (remember) {
      var hidden = boxes.filter(function (box) { return !box.checked; })
        .map(function (box) { return encodeURIComponent(box.getAttribute("data-name")); });
      try {
        history.replaceState(null, "", hidden.length ? "#hide=" + hidden.join(",") : location.pathname);
      } catch (err) { /* some viewers forbid history on file:// pages; filtering still works */ }
    }
  }

  // A link may carry the filter state: page.html#hide=PERSON,URL
  var match = /^#hide=(.*)/.exec(location.hash);
  if (match) {
    var names = match[1].split(",").map(function (part) {
      try { return decodeURIComponent(part); } catch (err) { return part; }
    });
    boxes.forEach(function (box) { box.checked = names.indexOf(box.getAttribute("data-name")) < 0; });
  }
  boxes.forEach(function (box) { box.addEventListener("change", function () { apply(true); }); });
  function setAll(value) { boxes.forEach(function (box) { box.checked = value; }); apply(true); }
  var all = document.getElementById("filter-all");
  var none = document.getElementById("filter-none");
  if (all) { all.addEventListener("click", function () { setAll(true); }); }
  if (none) { none.addEventListener("click", function () { setAll(false); }); }
  apply(false);
  document.documentElement.setAttribute("data-ready", "1");
})();
