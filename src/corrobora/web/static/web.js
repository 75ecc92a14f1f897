// Small conveniences; every page works without this file.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  // "/" focuses the search box, as on many sites.
  var search = document.getElementById("site-q");
  document.addEventListener("keydown", function (event) {
    var tag = (event.target && event.target.tagName) || "";
    if (event.key === "/" && search && tag !== "INPUT" && tag !== "TEXTAREA") {
      event.preventDefault();
      search.focus();
    }
  });

  // The listing re-sorts as soon as the order changes.
  var sort = document.getElementById("f-sort");
  if (sort && sort.form) {
    sort.addEventListener("change", function () { sort.form.submit(); });
  }

  // Story page: show only the facts whose text holds the words typed.
  var filter = document.getElementById("fact-filter");
  var input = document.getElementById("fact-filter-input");
  if (filter && input) {
    filter.hidden = false;
    var facts = Array.prototype.slice.call(document.querySelectorAll("article.fact"));
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      facts.forEach(function (fact) {
        var text = fact.getAttribute("data-text") || "";
        fact.hidden = !words.every(function (word) { return text.indexOf(word) !== -1; });
      });
    });
  }
});
