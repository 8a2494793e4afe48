// The task page's work timer: while it runs, the clock counts up every second (the server keeps the real time).
(function () {
  document.querySelectorAll('[data-timer-clock]').forEach(function (clock) {
    var started = clock.getAttribute('data-started');
    if (!started) {
      return;
    }
    var worked = parseInt(clock.getAttribute('data-worked'), 10) || 0;
    function pad(n) { return (n < 10 ? '0' : '') + n; }
    function tick() {
      var s = worked + Math.max(0, Math.floor((Date.now() - parseInt(started, 10)) / 1000));
      clock.textContent = Math.floor(s / 3600) + ':' + pad(Math.floor((s % 3600) / 60)) + ':' + pad(s % 60);
    }
    tick();
    setInterval(tick, 1000);
  });
})();
