// The search page: Pagefind's default UI, in Chinese, running the query the search box sent (?q=).
(function () {
  "use strict";
  var box = document.getElementById("search");
  // Pagefind returns result URLs from the site root ("/2020/08/11/01/…/"); the site root as the
  // browser sees it ("/shuzibao/" under a sub-path) is prefixed so that results link right anywhere.
  var siteRoot = new URL(box.dataset.site, location.href).pathname;
  // One bundle a month, newest first: the newest is searched, the others are merged into it.
  var bundles = box.dataset.bundles.split(" ").map(function (b) {
    return new URL(b, location.href).pathname;
  });
  var ui = new PagefindUI({
    element: "#search",
    bundlePath: bundles[0],
    mergeIndex: bundles.slice(1).map(function (b) { return { bundlePath: b, baseUrl: siteRoot }; }),
    baseUrl: siteRoot,
    showImages: false,
    showSubResults: false,
    excerptLength: 40,
    translations: {
      placeholder: "搜索文章",
      search_label: "搜索本站文章",
      clear_search: "清除",
      load_more: "显示更多结果",
      filters_label: "筛选",
      zero_results: "没有找到与“[SEARCH_TERM]”相关的文章",
      many_results: "找到 [COUNT] 篇与“[SEARCH_TERM]”相关的文章",
      one_result: "找到 1 篇与“[SEARCH_TERM]”相关的文章",
      searching: "正在搜索“[SEARCH_TERM]”……"
    }
  });
  // Pagefind's input has only a title; the page's heading is its visible label (<label for>).
  box.querySelector("input[type=text]").id = "search-input";
  var query = new URLSearchParams(location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
