// Check as you type. Every <textarea data-check="ID"> posts its text to the message check (or to the address in
// its data-check-url) as the person pauses typing, and the HTML the server renders replaces the contents of the
// element with that id. Without this script the forms still work: the pages render the same on a normal form post.
(function () {
  "use strict";
  var delay = 400;

  function tokenFor(box) {
    var form = box.form || document.querySelector("form");
    var field = form && form.querySelector("input[name='__RequestVerificationToken']");
    return field ? field.value : "";
  }

  function attach(box) {
    var target = document.getElementById(box.getAttribute("data-check"));
    if (!target) {
      return;
    }
    var url = box.getAttribute("data-check-url") || "/check?handler=findings";
    var timer = 0;
    var pending = null;
    var last = null;

    function run() {
      var text = box.value;
      if (text === last) {
        return;
      }
      last = text;
      if (pending) {
        pending.abort();
      }
      if (!text.trim()) {
        target.textContent = "";
        return;
      }
      pending = new AbortController();
      var body = new FormData();
      body.append("Text", text);
      body.append("__RequestVerificationToken", tokenFor(box));
      fetch(url, { method: "POST", body: body, signal: pending.signal, credentials: "same-origin" })
        .then(function (response) {
          if (response.status === 429) {
            target.setAttribute("aria-busy", "false");
            return null;
          }
          return response.ok ? response.text() : null;
        })
        .then(function (html) {
          if (html !== null) {
            target.innerHTML = html;
          }
        })
        .catch(function (error) {
          if (error.name !== "AbortError") {
            last = null;
          }
        });
    }

    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, delay);
    });
  }

  function start() {
    var boxes = document.querySelectorAll("textarea[data-check]");
    for (var i = 0; i < boxes.length; i++) {
      attach(boxes[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
