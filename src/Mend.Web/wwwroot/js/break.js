// The break page: show the return time in the reader's own time zone, count down to it, and say when it is time
// to go back. Without this script the page still shows the return time (in UTC) and the words to send.
(function () {
  "use strict";

  function pad(n) {
    return n < 10 ? "0" + n : String(n);
  }

  function start() {
    var times = document.querySelectorAll("time[data-local-time]");
    for (var i = 0; i < times.length; i++) {
      var at = new Date(times[i].getAttribute("datetime"));
      if (!isNaN(at.getTime())) {
        times[i].textContent = at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
      }
    }

    var countdown = document.querySelector("[data-countdown]");
    if (!countdown) {
      return;
    }
    var until = new Date(countdown.getAttribute("data-countdown")).getTime();
    var due = document.querySelector("[data-due-message]");
    var title = document.title;

    function tick() {
      var left = Math.round((until - Date.now()) / 1000);
      if (left <= 0) {
        countdown.textContent = "(now)";
        if (due) {
          due.hidden = false;
        }
        document.title = "Time to go back · Mend";
        return;
      }
      countdown.textContent = "(in " + Math.floor(left / 60) + ":" + pad(left % 60) + ")";
      document.title = Math.ceil(left / 60) + " min · " + title;
      setTimeout(tick, 1000);
    }

    tick();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
