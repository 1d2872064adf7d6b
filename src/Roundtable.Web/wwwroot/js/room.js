// The live room. The room's pages (the participant's room, the facilitator's console and the
// projector) are complete without this script; it keeps them live over the room's hub.
//
// Every change reaches the page as a numbered event of the room's log. The page remembers the
// last number it saw and, whenever it (re)connects, joins with that number and is sent exactly
// what it missed; an event seen twice (once in the catch-up and once live) is used once.
// Contributions, reactions, pins and removals are drawn on the participant's page from the
// events themselves; anything else (the room opening, the current item, a question opening or
// closing, and everything on the console and projector, which few people watch) asks the server
// for the page again and takes its live parts ([data-live]) without touching what anyone is
// typing or where their focus is.
(() => {
  'use strict';

  const page = document.querySelector('#room[data-room-id], #console[data-room-id], #projector[data-room-id]');
  if (!page || !window.signalR || !window.fetch) {
    return;
  }

  const onRoom = page.id === 'room';
  // Every question asked in the room, by id: what a live answer answers. Read again with the page.
  let promptTexts = JSON.parse(page.dataset.prompts || '{}');
  const mine = new Set();
  let lastSeen = Number(page.dataset.lastSequence) || 0;
  let joining = false;
  let heldWhileJoining = [];
  let everJoined = false;
  // Sent while the connection was down: they go when it is back, with the same client ids.
  const waiting = new Set();

  // --- the connection -------------------------------------------------------------------------

  const connection = new signalR.HubConnectionBuilder()
    .withUrl(page.dataset.hub || '/hubs/room')
    // Never give up: a phone that loses signal for ten minutes still comes back.
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => Math.min(1000 * 2 ** retry.previousRetryCount, 10000) })
    .build();

  connection.on('RoomEvent', (message) => {
    if (joining) {
      heldWhileJoining.push(message);
    } else {
      apply([message]);
    }
  });
  connection.on('ContributionHidden', () => refreshSoon());
  connection.onreconnecting(() => {
    page.dataset.connected = 'false';
    tellConnection('The connection dropped. Reconnecting… Anything you write is kept.');
  });
  connection.onreconnected(() => join().catch(() => connection.stop()));
  // Stopped for good (or never started): start again a little later.
  connection.onclose(() => setTimeout(start, 5000));

  const connected = () => connection.state === signalR.HubConnectionState.Connected && !joining;

  const notLive = 'The room is not live just now. Trying again… You can still use the page and refresh it.';

  async function start() {
    try {
      await connection.start();
    } catch {
      tellConnection(notLive);
      setTimeout(start, 5000);
      return;
    }
    try {
      await join();
    } catch {
      tellConnection(notLive);
      await connection.stop();
    }
  }

  function joinRequest() {
    const request = { lastSeen };
    if (page.dataset.projectorToken) {
      request.projectorToken = page.dataset.projectorToken;
    } else if (page.dataset.sessionId) {
      request.sessionId = page.dataset.sessionId;
    }
    return request;
  }

  // Joins (again) with the last number seen, then takes what was missed page by page, then what
  // arrived live meanwhile.
  async function join() {
    joining = true;
    heldWhileJoining = [];
    try {
      const joined = await connection.invoke('Join', joinRequest());
      (joined.mine || []).forEach((id) => mine.add(id));
      const missed = [...joined.events];
      let through = joined.through;
      let more = joined.more;
      while (more) {
        const next = await connection.invoke('CatchUp', through);
        missed.push(...next.events);
        through = next.through;
        more = next.more;
      }
      joining = false;
      apply(missed);
      lastSeen = Math.max(lastSeen, through);
      page.dataset.lastSequence = String(lastSeen);
      apply(heldWhileJoining);
      heldWhileJoining = [];
      everJoined = true;
      page.dataset.connected = 'true';
      tellConnection('');
      for (const form of [...waiting]) {
        waiting.delete(form);
        contribute(form);
      }
    } catch (error) {
      joining = false;
      throw error;
    }
  }

  // --- events ---------------------------------------------------------------------------------

  function apply(messages) {
    let refresh = false;
    for (const message of messages) {
      if (message.sequence <= lastSeen) {
        continue;
      }
      lastSeen = message.sequence;
      page.dataset.lastSequence = String(lastSeen);
      if (!(onRoom && drawOnRoom(message))) {
        refresh = true;
      }
    }
    if (refresh) {
      refreshSoon();
    }
  }

  // True when the event is drawn; false when the page should be fetched again.
  function drawOnRoom(message) {
    const payload = message.payload;
    switch (message.kind) {
      case 'ContributionAdded':
      case 'ContributionShown':
        addContribution(payload);
        return true;
      case 'ContributionDeleted':
      case 'ContributionHidden':
        removeContribution(payload.id);
        return true;
      case 'ContributionPinned':
      case 'ContributionUnpinned':
        pin(payload.id, payload.pinned);
        return true;
      case 'ReactionsChanged':
        countReactions(payload);
        return true;
      default:
        return false;
    }
  }

  const list = () => document.getElementById('contribution-list');

  function addContribution(view) {
    const template = document.getElementById('contribution-template');
    if (!list() || !template || document.getElementById('c-' + view.id)) {
      return;
    }
    const item = template.content.firstElementChild.cloneNode(true);
    item.id = 'c-' + view.id;
    item.dataset.contributionId = view.id;
    item.dataset.sequence = String(view.sequence);
    item.dataset.kind = view.kind;

    fill(item, '[data-name]', who(template, view));
    keepIf(item, '[data-yours]', mine.has(view.id));
    fillOrDrop(item, '[data-group]', view.breakoutGroupNumber);
    fillOrDrop(item, '[data-answers]', view.promptId ? promptText(view.promptId) : null);
    const scale = item.querySelector('[data-scale]');
    if (view.scale == null) {
      scale?.remove();
    } else if (scale) {
      scale.dataset.scale = String(view.scale);
      scale.querySelector(':scope > [data-value]').textContent = String(view.scale);
      fillOrDrop(scale, '[data-good-enough]', view.goodEnough, true);
    }
    const photo = item.querySelector('[data-photo]');
    if (view.photo && photo) {
      photo.src = (page.dataset.photoUrl || '').replace('00000000-0000-0000-0000-000000000000', view.id);
      photo.alt = view.photo.description;
      fillOrDrop(item, '[data-photo-description]', view.photo.description);
    } else {
      photo?.remove();
      item.querySelector('[data-photo-description]')?.remove();
    }
    fillOrDrop(item, '[data-text]', view.text ? view.text : null);

    item.querySelectorAll('[data-reactions-for]').forEach((form) => {
      form.dataset.reactionsFor = view.id;
      form.querySelectorAll('input[name="contribution"]').forEach((input) => { input.value = view.id; });
      form.querySelectorAll('[data-reaction]').forEach((button) => button.setAttribute('aria-pressed', 'false'));
      form.querySelectorAll('[data-count]').forEach((count) => { count.textContent = '0'; });
    });
    const remove = item.querySelector('[data-delete-for]');
    if (mine.has(view.id) && remove) {
      remove.dataset.deleteFor = view.id;
      remove.querySelector('input[name="contribution"]').value = view.id;
      remove.querySelector('button').id = 'delete-' + view.id;
    } else {
      remove?.remove();
    }

    setPinned(item, view.pinned);
    document.getElementById('no-contributions')?.remove();
    list().appendChild(item);
    order();
  }

  function removeContribution(id) {
    const item = document.getElementById('c-' + id);
    if (!item) {
      return;
    }
    if (item.contains(document.activeElement)) {
      document.getElementById('contributions-heading')?.setAttribute('tabindex', '-1');
      document.getElementById('contributions-heading')?.focus();
    }
    item.remove();
  }

  function pin(id, pinned) {
    const item = document.getElementById('c-' + id);
    if (item) {
      setPinned(item, pinned);
      order();
    }
  }

  function setPinned(item, pinned) {
    item.dataset.pinned = pinned ? 'true' : 'false';
    item.classList.toggle('rt-room__contribution--pinned', pinned);
    const tag = item.querySelector('[data-pinned-tag]');
    if (!pinned) {
      tag?.remove();
    } else if (!tag) {
      const template = document.getElementById('contribution-template');
      const model = template?.content.querySelector('[data-pinned-tag]');
      if (model) {
        item.querySelector('[data-name]').parentElement.appendChild(model.cloneNode(true));
      }
    }
  }

  // Pinned first, then in the order they were said: as the server draws the list.
  function order() {
    const items = [...list().children];
    const sorted = [...items].sort((a, b) =>
      (b.dataset.pinned === 'true') - (a.dataset.pinned === 'true') || Number(a.dataset.sequence) - Number(b.dataset.sequence));
    if (sorted.some((item, i) => item !== items[i])) {
      const focused = document.activeElement;
      sorted.forEach((item) => list().appendChild(item));
      if (focused && focused !== document.activeElement && document.contains(focused)) {
        focused.focus();
      }
    }
  }

  const reactionFields = { Agree: 'agree', ThankYou: 'thankYou', Heart: 'heart', Lightbulb: 'lightbulb', Question: 'question' };

  function countReactions(counts) {
    document.querySelectorAll(`form[data-reactions-for="${counts.contributionId}"] [data-reaction]`).forEach((button) => {
      const count = button.querySelector('[data-count]');
      if (count) {
        count.textContent = String(counts[reactionFields[button.dataset.reaction]] ?? 0);
      }
    });
  }

  function who(template, view) {
    if (view.kind === 'Spoken') {
      return view.name ? view.name + template.dataset.saidAloud : template.dataset.saidAloudUnnamed;
    }
    return view.name || template.dataset.anonymous;
  }

  function promptText(promptId) {
    const heading = document.querySelector(`[data-prompt-id="${promptId}"] h2`);
    return promptTexts[promptId] || heading?.textContent.trim() || null;
  }

  function fill(root, selector, text) {
    const element = root.querySelector(selector);
    if (element) {
      setText(element, text);
    }
  }

  function fillOrDrop(root, selector, value, emptyInstead) {
    const element = root.querySelector(selector);
    if (!element) {
      return;
    }
    if (value != null) {
      setText(element, String(value));
    } else if (emptyInstead) {
      element.textContent = '';
    } else {
      element.remove();
    }
  }

  // The part that varies ([data-value]) when the element has words around it, else the whole.
  function setText(element, text) {
    (element.querySelector('[data-value]') || element).textContent = text;
  }

  function keepIf(root, selector, keep) {
    if (!keep) {
      root.querySelector(selector)?.remove();
    }
  }

  // --- the page again, merged -----------------------------------------------------------------

  let fetching = null;
  let again = false;

  function refreshSoon() {
    if (fetching) {
      again = true;
      return;
    }
    fetching = refresh()
      .catch(() => {})
      .then(() => new Promise((resolve) => setTimeout(resolve, 300)))
      .then(() => {
        fetching = null;
        if (again) {
          again = false;
          refreshSoon();
        }
      });
  }

  async function refresh() {
    // The page as a plain visit would show it (not the answer to a form it may have come from).
    const query = new URLSearchParams(location.search);
    query.delete('handler');
    const address = location.pathname + (query.toString() ? '?' + query : '');
    const response = await fetch(address, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
    if (!response.ok || response.redirected) {
      return;
    }
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
    const freshPage = fresh.getElementById(page.id);
    if (!freshPage) {
      return;
    }
    const stillOpen = [...freshPage.querySelectorAll('#prompts > [data-prompt-id]')].map((section) => section.dataset.promptId);
    for (const name of ['roomState', 'prompts', 'photoUrl']) {
      if (freshPage.dataset[name] !== undefined) {
        page.dataset[name] = freshPage.dataset[name];
      }
    }
    promptTexts = JSON.parse(page.dataset.prompts || '{}');
    freshPage.querySelectorAll('[data-live]').forEach((part) => {
      const current = document.getElementById(part.id);
      if (current) {
        merge(current, part);
      }
    });
    prepareForms();
    closedWhileWriting(stillOpen);
  }

  // Someone is using it: their focus is in it, or they have typed into a form in it.
  function busy(element) {
    return (document.activeElement !== document.body && element.contains(document.activeElement)) ||
      element.matches('[data-dirty]') || !!element.querySelector('[data-dirty]') || !!element.closest('[data-dirty]');
  }

  const keyOf = (element) => element.id || element.dataset.promptId || element.dataset.itemId || element.dataset.contributionId || '';

  function merge(current, fresh) {
    if (current.isEqualNode(fresh)) {
      return current;
    }
    if (!busy(current)) {
      const copy = document.importNode(fresh, true);
      current.replaceWith(copy);
      return copy;
    }
    if (current.tagName !== fresh.tagName || /^(INPUT|TEXTAREA|SELECT|OPTION|FORM)$/.test(current.tagName)) {
      return current;
    }

    const keyed = new Map();
    const unkeyed = [];
    for (const child of current.children) {
      const key = keyOf(child);
      if (key) {
        keyed.set(key, child);
      } else {
        unkeyed.push(child);
      }
    }

    const used = new Set();
    const placed = [];
    for (const freshChild of fresh.children) {
      const key = keyOf(freshChild);
      const match = key ? keyed.get(key) : unkeyed.find((c) => !used.has(c) && c.tagName === freshChild.tagName);
      if (match) {
        used.add(match);
        placed.push(merge(match, freshChild));
      } else {
        placed.push(document.importNode(freshChild, true));
      }
    }
    // What someone is using stays, even when the server no longer has it (a closed question).
    for (const child of [...current.children]) {
      if (!used.has(child) && !placed.includes(child)) {
        if (busy(child)) {
          placed.push(child);
        } else {
          child.remove();
        }
      }
    }

    let before = current.firstElementChild;
    for (const child of placed) {
      if (child === before) {
        before = before.nextElementSibling;
      } else if (!child.contains(document.activeElement)) {
        current.insertBefore(child, before);
      }
    }
    return current;
  }

  // A question that closed while someone was answering it: they are told their words will be
  // kept, and they stay on the page until sent.
  function closedWhileWriting(stillOpen) {
    document.querySelectorAll('#prompts > [data-prompt-id]').forEach((section) => {
      if (section.dataset.closed || !section.querySelector('[data-dirty]')) {
        return;
      }
      if (!stillOpen.includes(section.dataset.promptId)) {
        section.dataset.closed = 'true';
        const note = document.createElement('p');
        note.className = 'nhsuk-body-s rt-room__closed-note';
        note.textContent = 'This question has closed. If you send what you wrote, it is kept as a general contribution.';
        section.querySelector('h2')?.after(note);
      }
    });
  }

  // --- forms ----------------------------------------------------------------------------------

  document.addEventListener('input', (event) => {
    event.target.form?.setAttribute('data-dirty', '');
  });

  function prepareForms() {
    document.querySelectorAll('form[data-client-form]').forEach((form) => {
      if (!form.nextElementSibling?.matches('[data-sent]')) {
        const sent = document.createElement('p');
        sent.className = 'rt-room__sent';
        sent.setAttribute('role', 'status');
        sent.dataset.sent = '';
        form.after(sent);
      }
    });
  }

  const newId = () => (crypto.randomUUID ? crypto.randomUUID()
    : '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16)));

  // The form goes to the server as it is: it shows what was wrong next to the field, with what
  // was typed. The same client id makes a second arrival of something already stored harmless.
  const post = (form) => HTMLFormElement.prototype.submit.call(form);

  // Written contributions go through the hub; a photo always goes as the plain form.
  const sentLive = (form) => form.matches('form[data-client-form]') && form.id !== 'photo';

  function hold(form) {
    waiting.add(form);
    say(form, 'You are offline just now. What you wrote is kept, and is sent when the connection is back.');
  }

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!onRoom) {
      return;
    }
    if (!connected()) {
      // Never live: the plain form works. Live a moment ago: keep it until the connection is back.
      if (everJoined && sentLive(form)) {
        event.preventDefault();
        hold(form);
      }
      return;
    }
    if (sentLive(form)) {
      event.preventDefault();
      contribute(form);
    } else if (form.matches('form[data-reactions-for]')) {
      event.preventDefault();
      react(form, event.submitter);
    } else if (form.matches('form[data-delete-for]')) {
      event.preventDefault();
      removeMine(form);
    }
  });

  function numberOrNull(value) {
    return value === null || value === '' ? null : Number(value);
  }

  async function contribute(form) {
    const data = new FormData(form);
    const key = data.get('form');
    const field = (name) => data.get(`Forms[${key}].${name}`);
    const section = form.closest('[data-prompt-id]');
    const button = form.querySelector('button[type="submit"], button:not([type])');
    button?.setAttribute('disabled', '');
    try {
      const result = await connection.invoke('Contribute', {
        clientId: field('ClientId'),
        promptId: section ? section.dataset.promptId : null,
        text: field('Text') || null,
        scale: numberOrNull(field('Scale')),
        goodEnough: numberOrNull(field('GoodEnough')),
        anonymous: field('Anonymous') === 'True',
      });
      const view = result.contribution;
      mine.add(view.id);
      // It may have arrived live before this answer, drawn as someone else's.
      if (!document.querySelector(`#c-${view.id} [data-yours]`)) {
        document.getElementById('c-' + view.id)?.remove();
        addContribution(view);
      }
      sent(form, result.message || 'Thank you. Your contribution is in the room.');
      if (section && view.scale != null) {
        answered(section, form, view.scale);
      }
      if (section?.dataset.closed) {
        section.remove();
      }
    } catch {
      if (connection.state === signalR.HubConnectionState.Connected) {
        post(form);
      } else {
        hold(form);
      }
    } finally {
      button?.removeAttribute('disabled');
    }
  }

  function sent(form, message) {
    form.querySelectorAll('textarea, input[type="text"], input:not([type])').forEach((input) => { input.value = ''; });
    form.querySelectorAll('input[type="radio"]').forEach((radio) => {
      if (!/Anonymous$/.test(radio.name)) {
        radio.checked = false;
      }
    });
    form.querySelectorAll('.nhsuk-form-group--error').forEach((group) => group.classList.remove('nhsuk-form-group--error'));
    form.querySelectorAll('.nhsuk-error-message').forEach((error) => error.remove());
    form.querySelector('[data-client-id]').value = newId();
    form.removeAttribute('data-dirty');
    say(form, message);
  }

  // A scaling question is answered once (a second number replaces the first), so once answered
  // the question says the number and keeps its form behind "Change your answer", as the page does
  // without this script. The message that it was sent stays in view, after the summary.
  function answered(section, form, number) {
    let said = section.querySelector('[data-answered]');
    if (!said) {
      said = document.createElement('p');
      said.className = 'rt-room__answered';
      said.dataset.answered = '';
      const status = form.nextElementSibling?.matches('[data-sent]') ? form.nextElementSibling : null;
      const details = document.createElement('details');
      details.className = 'nhsuk-details';
      details.innerHTML = '<summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Change your answer</span></summary><div class="nhsuk-details__text"></div>';
      form.before(said);
      said.after(details);
      details.querySelector('.nhsuk-details__text').append(form);
      if (status) {
        details.after(status);
      }
      const button = form.querySelector('button[type="submit"], button:not([type])');
      if (button) {
        button.textContent = 'Change my answer';
      }
    }
    const strong = document.createElement('strong');
    strong.textContent = String(number);
    said.replaceChildren('You answered ', strong, '.');
  }

  function say(form, message) {
    const after = (element) => (element?.nextElementSibling?.matches('[data-sent]') ? element.nextElementSibling : null);
    const status = after(form) || after(form.closest('details'));
    if (status) {
      status.textContent = message;
    }
  }

  async function react(form, button) {
    if (!button?.dataset.reaction) {
      return;
    }
    try {
      const counts = await connection.invoke('React', form.dataset.reactionsFor, button.dataset.reaction);
      button.setAttribute('aria-pressed', button.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
      countReactions(counts);
    } catch (error) {
      tellRoom(hubMessage(error));
    }
  }

  async function removeMine(form) {
    try {
      await connection.invoke('DeleteMine', form.dataset.deleteFor);
      removeContribution(form.dataset.deleteFor);
      tellRoom('Your contribution has been deleted.');
    } catch {
      post(form);
    }
  }

  function hubMessage(error) {
    const text = String(error?.message || '');
    const index = text.indexOf('HubException: ');
    return index >= 0 ? text.slice(index + 'HubException: '.length) : 'That did not work. Try again in a moment.';
  }

  // --- what the page tells people ---------------------------------------------------------------

  function tellRoom(message) {
    const notice = document.getElementById('room-notice');
    if (notice) {
      notice.textContent = message;
    }
  }

  function tellConnection(message) {
    let notice = document.getElementById('room-connection');
    if (!notice) {
      notice = document.createElement('p');
      notice.id = 'room-connection';
      notice.className = 'rt-room__connection';
      notice.setAttribute('role', 'status');
      page.before(notice);
    }
    notice.textContent = message;
    notice.hidden = message === '';
  }

  prepareForms();
  start();
})();
