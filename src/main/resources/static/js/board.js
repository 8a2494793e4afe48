// A board of cards in columns (deals by stage, tasks by status): drag a card to another column to move it, and htmx
// swaps the board (#board) in place. The board says where a move goes: data-move-url (with {id}) and
// data-column-field, the parameter that carries the column's data-column-value. A column with data-drop-href (with
// {id}) opens that page instead, e.g. a lost stage, which needs a reason. Keyboard and touch users have the ← →
// buttons on each card (plain forms, also without JavaScript); after a move the focus returns to the card.
(function () {
  'use strict';
  var dragged = null;

  document.addEventListener('dragstart', function (event) {
    var card = event.target.closest && event.target.closest('#board [data-card-id][draggable=true]');
    if (!card) {
      return;
    }
    dragged = card;
    card.classList.add('is-dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.getAttribute('data-card-id'));
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
    var board = document.getElementById('board');
    var id = card.getAttribute('data-card-id');
    if (card.closest('.board-column') === column) {
      return;
    }
    var page = column.getAttribute('data-drop-href');
    if (page) {
      window.location.href = page.replace('{id}', id);
      return;
    }
    var values = {version: card.getAttribute('data-version'), from: 'board'};
    if (board.getAttribute('data-mine')) {
      values.mine = 'true';
    }
    values[board.getAttribute('data-column-field')] = column.getAttribute('data-column-value');
    card.classList.add('is-moving');
    htmx.ajax('POST', board.getAttribute('data-move-url').replace('{id}', id), {
      target: '#board', swap: 'outerHTML', values: values
    });
  });

  // After a move the board is new: put the focus back on the moved card's arrow, so the keyboard can keep going.
  // Done once the swap has settled: until then htmx keeps the old board's attributes on the new one.
  // The second, later call only catches a board that settled late: once the focus is inside the moved card (e.g. the
  // user went on with Shift+Tab to its ← arrow), it is left where it is.
  function refocus(retry) {
    var board = document.getElementById('board');
    var moved = board && board.getAttribute('data-moved-id');
    if (!moved) {
      return;
    }
    var card = board.querySelector('[data-card-id="' + moved + '"]');
    if (card) {
      var button = card.querySelector('[data-testid=move-forward]') || card.querySelector('[data-testid=move-back]')
        || card.querySelector('a');
      var focused = document.activeElement;
      if (focused !== button && !(retry && card.contains(focused))) {
        button.focus();
      }
    }
  }
  document.addEventListener('htmx:afterSettle', function () {
    refocus(false);
    window.setTimeout(function () { refocus(true); }, 50);
  });
})();
