// The playbook editor: each step shows only the fields of its kind (every field is still sent, so the steps'
// values stay in line). Without this script every field shows.
(function () {
  function show(step) {
    var kind = step.querySelector('[data-step-kind]').value;
    step.querySelectorAll('[data-kinds]').forEach(function (field) {
      field.hidden = field.getAttribute('data-kinds').split(' ').indexOf(kind) < 0;
    });
  }
  document.querySelectorAll('[data-step]').forEach(show);
  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-step-kind]')) {
      show(event.target.closest('[data-step]'));
    }
  });
})();
