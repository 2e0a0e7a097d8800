// book_search.js - the book's full-text search, offline: lunr.js (Debian's
// libjs-lunr) indexes the pages' text (search_data.js, written at build
// time) in the reader's browser. Used by the Search page (search.md).
(function () {
  "use strict";
  var index = lunr(function () {
    this.ref("url");
    this.field("title", { boost: 10 });
    this.field("text");
    var builder = this;
    window.BOOK_PAGES.forEach(function (page) { builder.add(page); });
  });
  var titles = {};
  window.BOOK_PAGES.forEach(function (page) { titles[page.url] = page.title; });

  var input = document.getElementById("book-search-input");
  var results = document.getElementById("book-search-results");

  function show(query) {
    results.innerHTML = "";
    if (!query.trim()) return;
    var found;
    try {
      found = index.search(query);
    } catch (error) {  // a query lunr cannot parse: search its words as plain terms
      found = index.search(query.replace(/[~^:*+-]/g, " "));
    }
    if (found.length === 0) {
      var none = document.createElement("li");
      none.textContent = "No page mentions that.";
      results.appendChild(none);
      return;
    }
    found.forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = hit.ref;
      link.textContent = titles[hit.ref];
      item.appendChild(link);
      results.appendChild(item);
    });
  }

  input.addEventListener("input", function () { show(input.value); });
  var asked = new URLSearchParams(window.location.search).get("q");
  if (asked) {
    input.value = asked;
    show(asked);
  }
})();
