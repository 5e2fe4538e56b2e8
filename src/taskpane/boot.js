/*
 * Start of the task pane, plain ES5 on purpose: it runs in Trident and EdgeHTML too, where the React bundle cannot,
 * and shows the upgrade message there. Elsewhere it adds the bundle's scripts, listed by the build in the
 * data-bundles attribute of its own <script> element. A file of its own (not inline) so that the page's
 * Content-Security-Policy can forbid inline scripts.
 */
(function () {
  var ua = navigator.userAgent;
  if (ua.indexOf("Trident") !== -1 || ua.indexOf("Edge/") !== -1) {
    document.getElementById("container").style.display = "none";
    document.getElementById("unsupported").style.display = "block";
    return;
  }
  var files = JSON.parse(document.getElementById("nb-boot").getAttribute("data-bundles"));
  for (var i = 0; i < files.length; i++) {
    var s = document.createElement("script");
    s.src = files[i];
    s.async = false;
    document.body.appendChild(s);
  }
})();
