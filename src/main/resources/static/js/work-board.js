// A task board: drag a card to another status column to move the task (htmx swaps the board in place).
// Keyboard and touch users have the
// ← → buttons on each card (plain forms, also without JavaScript); after a move the focus returns to the card.
(function () {
  'use strict';
  var dragged = null;

  document.addEventListener('dragstart', function (event) {
    var card = event.target.closest && event.target.closest('.task-card[draggable=true]');
    if (!card) {
      return;
    }
    dragged = card;
    card.classList.add('is-dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.getAttribute('data-task-id'));
  });

  document.addEventListener('dragend', function () {
    if (dragged) {
      dragged.classList.remove('is-dragging');
    }
    document.querySelectorAll('.board-column.is-over').forEach(function (c) { c.classList.remove('is-over'); });
    dragged = null;
  });

  document.addEventListener('dragover', function (event) {
    var column = dragged && event.target.closest && event.target.closest('.board-column');
    if (column) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      column.classList.add('is-over');
    }
  });

  document.addEventListener('dragleave', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    if (column && !column.contains(event.relatedTarget)) {
      column.classList.remove('is-over');
    }
  });

  document.addEventListener('drop', function (event) {
    var column = dragged && event.target.closest && event.target.closest('.board-column');
    if (!column) {
      return;
    }
    event.preventDefault();
    var card = dragged;
    var id = card.getAttribute('data-task-id');
    var status = column.getAttribute("data-status");
    if (card.closest('.board-column') === column) {
      return;
    }
    card.classList.add('is-moving');
    htmx.ajax('POST', '/tasks/' + id + '/move', {
      target: '#board', swap: 'outerHTML',
      values: {version: card.getAttribute('data-version'), status: status, from: 'board'}
    });
  });

  // After a move the board is new: put the focus back on the moved card's arrow, so the keyboard can keep going.
  // Done once the swap has settled: until then htmx keeps the old board's attributes on the new one.
  function refocus() {
    var board = document.getElementById('board');
    var moved = board && board.getAttribute('data-moved-id');
    if (!moved) {
      return;
    }
    var card = board.querySelector('.task-card[data-task-id="' + moved + '"]');
    if (card) {
      var button = card.querySelector('[data-testid=move-forward]') || card.querySelector('[data-testid=move-back]')
        || card.querySelector('a');
      if (document.activeElement !== button) {
        button.focus();
      }
    }
  }
  document.addEventListener('htmx:afterSettle', function () { refocus(); window.setTimeout(refocus, 50); });
})();
