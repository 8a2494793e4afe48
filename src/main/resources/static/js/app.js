// Kizuna page behaviour, kept small: CSRF header for htmx, confirmation before destructive actions.
(function () {
  'use strict';
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  document.addEventListener('submit', function (event) {
    var form = event.target;
    // A list filtered in place (htmx) has its query in the address bar, not in the page it was loaded with.
    form.querySelectorAll('[data-current-query]').forEach(function (input) {
      input.value = window.location.search.slice(1).split('&')
        .filter(function (p) { return p && !/^(cursor|view)=/.test(p); }).join('&');
    });
    // A button can ask its own question (a board card's → 中止 beside its ← back).
    var question = (event.submitter && event.submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
    // A form that asks only for one kind of entry (an inventory adjustment cannot be taken back).
    var kind = form.querySelector('select[name="kind"]');
    if (!question && kind && kind.value === 'adjustment') {
      question = form.getAttribute('data-confirm-adjustment');
    }
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
})();

// Postal code → prefecture, city and town, filled in as the 7th digit is typed (customer form).
(function () {
  'use strict';
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (input.name !== 'postalCode' || !input.form) {
      return;
    }
    var digits = input.value.normalize('NFKC').replace(/[^0-9]/g, '');
    if (digits.length !== 7) {
      return;
    }
    fetch('/postal-codes/' + digits, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (found) {
        if (!found.length) {
          return;
        }
        var form = input.form;
        var first = found[0];
        form.elements.prefecture.value = first.prefecture;
        form.elements.city.value = first.city;
        var street = form.elements.street;
        if (!street.value || street.dataset.autofilled === 'true') {
          street.value = found.length === 1 ? first.town : '';
          street.dataset.autofilled = 'true';
        }
        input.value = digits.slice(0, 3) + '-' + digits.slice(3);
        street.focus();
      });
  });
})();

// Lists: "tick all on this page", and removing a condition row of a list's condition builder.
(function () {
  'use strict';
  // The list's search box reloads the list as the user types; its "change" when the user then leaves the box (to tick
  // "all on this page", say) would reload it once more and drop the ticks. Typing and Enter are enough.
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('form.list-filter input[name=q]')) {
      event.stopPropagation();
    }
  }, true);
  document.addEventListener('change', function (event) {
    var all = event.target.closest('[data-check-all]');
    if (!all) {
      return;
    }
    document.querySelectorAll('input[type=checkbox][name="' + all.getAttribute('data-check-all') + '"]')
      .forEach(function (box) { box.checked = all.checked; });
  });
  document.addEventListener('click', function (event) {
    var remove = event.target.closest('[data-remove-row]');
    if (!remove) {
      return;
    }
    var row = remove.closest(remove.getAttribute('data-remove-row'));
    var form = row && row.closest('form');
    if (row) {
      row.remove();
    }
    if (form) {
      form.dispatchEvent(new Event('change', {bubbles: true}));
    }
  });
})();

// Quick entry: picking a template puts its text in the details (unless the rep already wrote something of their own).
(function () {
  'use strict';
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.name !== 'templateId' || !input.form) {
      return;
    }
    var details = input.form.elements.details;
    if (details && (!details.value.trim() || details.dataset.fromTemplate === 'true')) {
      details.value = input.getAttribute('data-body') || '';
      details.dataset.fromTemplate = 'true';
    }
  });
})();

// The header search: "/" anywhere but in a field jumps to the box; Escape closes the drop-down; ↓ enters it.
(function () {
  'use strict';
  document.addEventListener('keydown', function (event) {
    var box = document.getElementById('global-search');
    if (!box) {
      return;
    }
    var target = event.target;
    var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      box.focus();
      box.select();
    } else if (event.key === 'Escape' && target === box) {
      document.getElementById('global-search-results').innerHTML = '';
    } else if (event.key === 'ArrowDown' && target === box) {
      var first = document.querySelector('#global-search-results a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
})();

// "@" in a comment box (data-mention-names = where the names are) offers colleagues by name or furigana; picking one
// writes "@full name " so the comment reaches exactly that person.
(function () {
  'use strict';
  var names = null;
  function katakana(s) {
    return s.normalize('NFKC').replace(/[\u3041-\u3096]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) + 0x60); });
  }
  function tokenBefore(box) {
    var m = /[@＠]([^\s@＠]*)$/.exec(box.value.slice(0, box.selectionStart));
    return m ? {start: m.index, text: katakana(m[1])} : null;
  }
  function close(list) { list.hidden = true; list.innerHTML = ''; }
  function pick(box, list, name) {
    var token = tokenBefore(box);
    if (!token) { return; }
    var end = box.selectionStart;
    box.value = box.value.slice(0, token.start) + '@' + name + ' ' + box.value.slice(end);
    box.selectionStart = box.selectionEnd = token.start + name.length + 2;
    close(list);
    box.focus();
  }
  function show(box, list) {
    var token = tokenBefore(box);
    if (!token || !names) { close(list); return; }
    var found = names.filter(function (n) {
      return katakana(n.name).replace(/\s/g, '').indexOf(token.text) >= 0
        || katakana(n.kana).replace(/\s/g, '').indexOf(token.text) >= 0;
    }).slice(0, 8);
    list.innerHTML = '';
    found.forEach(function (n, i) {
      var item = document.createElement('li');
      item.className = 'list-group-item list-group-item-action';
      item.setAttribute('role', 'option');
      item.id = list.id + '-' + i;
      item.textContent = n.name;
      item.addEventListener('mousedown', function (e) { e.preventDefault(); pick(box, list, n.name); });
      list.appendChild(item);
    });
    list.hidden = found.length === 0;
  }
  document.addEventListener('input', function (event) {
    var box = event.target;
    if (!box.matches || !box.matches('textarea[data-mention-names]')) { return; }
    var list = document.getElementById(box.getAttribute('aria-controls'));
    if (names === null) {
      names = [];
      fetch(box.getAttribute('data-mention-names'), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (found) { names = found; show(box, list); });
    }
    show(box, list);
  });
  document.addEventListener('keydown', function (event) {
    var box = event.target;
    if (!box.matches || !box.matches('textarea[data-mention-names]')) { return; }
    var list = document.getElementById(box.getAttribute('aria-controls'));
    if (list.hidden) { return; }
    if (event.key === 'Escape') { close(list); event.preventDefault(); }
    if ((event.key === 'Enter' || event.key === 'Tab') && list.firstChild) {
      event.preventDefault();
      pick(box, list, list.firstChild.textContent);
    }
  });
})();
