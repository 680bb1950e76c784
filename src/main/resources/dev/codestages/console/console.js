// codestages console: draws the page from the console's JSON and keeps it live with server-sent events.
// Every text from the project or a log goes in as a text node or textContent, never parsed as markup.
'use strict';

(function () {
  const token = document.querySelector('meta[name="codestages-token"]').content;
  const state = { executionId: null, follow: true, overview: null, record: null, selected: null, log: null,
    diagramVersion: 0 };
  window.codestagesLatencies = [];

  const $ = id => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (name === 'class') node.className = value;
      else if (name === 'dataset') Object.assign(node.dataset, value);
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** AWS's words for a status; a stage or action that never ran says so. */
  function words(status) {
    if (!status) return "Didn't run";
    return { InProgress: 'In progress' }[status] || status;
  }

  function statusBadge(status, waiting) {
    const shown = waiting ? 'Waiting' : (status || '');
    return el('span', { class: 'status', dataset: { status: shown } }, waiting ? 'Waiting for approval' : words(status));
  }

  function link(url, text) {
    const a = el('a', { rel: 'noopener noreferrer', target: '_blank' }, text || url);
    if (/^https:\/\//.test(url || '')) a.href = url;
    return a;
  }

  function time(iso) {
    if (!iso) return '-';
    const d = new Date(iso);
    return d.toLocaleTimeString() + ' ' + d.toLocaleDateString();
  }

  function duration(ms) {
    if (ms === null || ms === undefined) return '';
    return ms < 1000 ? ms + ' ms' : (ms / 1000).toFixed(1) + ' s';
  }

  function notice(text) {
    const box = $('notice');
    box.textContent = text || '';
    box.hidden = !text;
  }

  async function getJson(url) {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new Error((await response.text()).trim() || response.statusText);
    return response.json();
  }

  async function post(path, body) {
    const response = await fetch(path, {
      method: 'POST', cache: 'no-store',
      headers: { 'Content-Type': 'application/json', 'X-Console-Token': token },
      body: JSON.stringify(body || {})
    });
    let answer = {};
    try { answer = await response.json(); } catch (e) { answer = { message: response.statusText }; }
    if (!response.ok) notice(answer.message || response.statusText);
    else notice('');
    return answer;
  }

  // ---- overview and history ----

  async function loadOverview() {
    state.overview = await getJson('/api/overview');
    $('pipeline-name').textContent = state.overview.pipelineName;
    document.title = 'codestages console: ' + state.overview.pipelineName;
    const executions = state.overview.executions;
    if (state.follow && executions.length > 0) state.executionId = executions[0].executionId;
    renderHistory();
    renderSummary();
  }

  function renderHistory() {
    const body = $('history').querySelector('tbody');
    body.replaceChildren();
    for (const execution of state.overview.executions) {
      const row = el('tr', { class: execution.executionId === state.executionId ? 'current' : '',
        dataset: { execution: execution.executionId } },
        el('td', {}, el('button', { type: 'button', onclick: () => choose(execution.executionId) },
          execution.executionId.slice(0, 8))),
        el('td', {}, statusBadge(execution.status)),
        el('td', {}, el('code', {}, (execution.sourceVersion || '-').slice(0, 10))),
        el('td', {}, time(execution.startTime)),
        el('td', {}, time(execution.endTime)));
      body.append(row);
    }
    if (state.overview.executions.length === 0) {
      body.append(el('tr', {}, el('td', { colspan: '5', class: 'muted' }, 'No executions yet: release a change.')));
    }
  }

  function choose(executionId) {
    const executions = state.overview.executions;
    state.follow = executions.length > 0 && executions[0].executionId === executionId;
    state.executionId = executionId;
    state.selected = null;
    closeLog();
    $('details').hidden = true;
    renderHistory();
    refresh(null);
  }

  /** Which engine operations this console offers (retry, stop, transitions). */
  function controls() {
    return (state.overview && state.overview.controls) || {};
  }

  function current() {
    return (state.overview ? state.overview.executions : []).find(e => e.executionId === state.executionId);
  }

  function renderSummary() {
    const record = state.record;
    const entry = current();
    $('execution-id').textContent = state.executionId || 'none yet';
    $('execution-status').replaceWith(Object.assign(statusBadge(record ? record.status : null), { id: 'execution-status' }));
    $('execution-status').hidden = !record;
    $('source-revision').textContent = entry && entry.sourceVersion ? entry.sourceVersion : '-';
    $('execution-start').textContent = record ? time(record.startTime) : '-';
    const stoppable = controls().stop && record && (record.status === 'InProgress' || record.status === 'Stopping');
    $('stop').hidden = !stoppable || record.status === 'Stopping';
    $('abandon').hidden = !stoppable;
    $('execution-note').textContent = !record ? '' : record.waitingAt ? 'Waiting at the disabled transition into ' +
      record.waitingAt : (record.statusSummary || '');
  }

  // ---- the execution ----

  async function refresh(modified, pushed) {
    if (!state.executionId) {
      showDiagram('');
      renderStages(null);
      return;
    }
    const id = state.executionId;
    const record = pushed || await getJson('/api/execution?id=' + encodeURIComponent(id));
    if (id !== state.executionId) return;
    // events are handled side by side: an older state never replaces a newer one on the page
    if (modified && state.shown && state.shown.id === id && modified < state.shown.modified) return;
    if (modified) state.shown = { id: id, modified: modified };
    state.record = record;
    showDiagram(id);
    renderSummary();
    renderStages(record);
    renderDetails();
    if (modified) {
      const latency = Date.now() - modified;
      window.codestagesLatencies.push(latency);
      $('connection').textContent = 'live: shown ' + latency + ' ms after the engine wrote it';
    }
  }

  function showDiagram(id) {
    const url = '/diagram.svg?execution=' + encodeURIComponent(id) + '&v=' + (++state.diagramVersion);
    const next = new Image();
    next.onload = () => { $('diagram').src = url; $('diagram-error').hidden = true; };
    next.onerror = () => {
      $('diagram-error').textContent = 'The pipeline cannot be drawn; see the lint findings below.';
      $('diagram-error').hidden = false;
    };
    next.src = url;
  }

  function renderStages(record) {
    const box = $('stages');
    // a comment being typed survives the redraw that each event brings
    const typed = new Map([...box.querySelectorAll('.approval textarea')].map(t => [t.dataset.action, t.value]));
    const focused = document.activeElement && document.activeElement.matches('.approval textarea')
      ? document.activeElement.dataset.action : null;
    box.replaceChildren(el('h2', {}, 'Stages'));
    if (!record) {
      box.append(el('p', { class: 'muted' }, 'No execution yet. "Release change" starts one, as codestages run does.'));
      return;
    }
    record.stages.forEach((stage, index) => {
      if (index > 0) box.append(transition(stage));
      box.append(renderStage(record, stage));
    });
    for (const textarea of box.querySelectorAll('.approval textarea')) {
      if (typed.has(textarea.dataset.action)) textarea.value = typed.get(textarea.dataset.action);
      if (textarea.dataset.action === focused) textarea.focus();
    }
  }

  /** The inbound transition of a stage, from the store's transitions (enabled unless someone disabled it). */
  function transition(stage) {
    const known = ((state.overview && state.overview.transitions) || {})[stage.name];
    const disabled = known ? known.enabled === false : false;
    const reason = disabled ? (known.disabledReason || '') : '';
    const row = el('div', { class: 'transition' + (disabled ? ' disabled' : ''), dataset: { stage: stage.name } },
      el('span', {}, disabled ? 'Transition disabled' + (reason ? ': ' + reason : '') : 'Transition enabled'));
    if (controls().transitions) {
      const why = el('input', { type: 'text', class: 'transition-reason', 'aria-label': 'Reason', placeholder: 'reason',
        value: 'held for the class', maxlength: '300' });
      if (!disabled) row.append(why);
      row.append(el('button', { type: 'button', class: 'transition-toggle',
        onclick: () => post('/api/transition', { stage: stage.name, enable: disabled, reason: disabled ? '' : why.value }) },
      disabled ? 'Enable transition' : 'Disable transition'));
    }
    return row;
  }

  function renderStage(record, stage) {
    const head = el('div', { class: 'stage-head' }, el('h3', {}, stage.name), statusBadge(stage.status));
    // RetryStageExecution's two modes (stage-retry.html), for a failed or stopped stage
    if ((stage.status === 'Failed' || stage.status === 'Stopped') && controls().retry) {
      head.append(el('button', { type: 'button', class: 'retry', onclick: () => post('/api/retry',
        { executionId: record.executionId, stage: stage.name, mode: 'FAILED_ACTIONS' }) }, 'Retry failed actions'),
      el('button', { type: 'button', class: 'retry-all', onclick: () => post('/api/retry',
        { executionId: record.executionId, stage: stage.name, mode: 'ALL_ACTIONS' }) }, 'Retry all actions'));
    }
    const actions = el('div', { class: 'actions' });
    for (const action of stage.actions) actions.append(renderAction(record, stage, action));
    return el('div', { class: 'stage', dataset: { stage: stage.name, status: stage.status || '' } }, head, actions);
  }

  function pending(action) {
    return action.status === 'InProgress' && action.approval && !action.approval.decision;
  }

  function renderAction(record, stage, action) {
    const step = stage.name + '/' + action.name;
    const box = el('div', { class: 'action' + (state.selected === step ? ' selected' : ''),
      dataset: { action: step, status: action.status || '' } },
      el('div', {}, el('button', { type: 'button', class: 'action-name', onclick: () => select(step) }, action.name)),
      el('div', { class: 'provider' }, action.provider),
      el('div', {}, statusBadge(action.status, pending(action))));
    if (action.startTime) {
      box.append(el('div', { class: 'muted' }, time(action.startTime) +
        (action.endTime ? ' · ' + duration(new Date(action.endTime) - new Date(action.startTime)) : '')));
    }
    if (action.error) box.append(el('div', { class: 'error' }, action.error.message));
    if (action.approval && action.approval.decision) {
      box.append(el('div', { class: 'muted' }, action.approval.decision +
        (action.approval.summary ? ': ' + action.approval.summary : '')));
    }
    if (pending(action)) box.append(approvalForm(record, step, action.approval));
    return box;
  }

  function approvalForm(record, step, approval) {
    const comment = el('textarea', { class: 'comment', 'aria-label': 'Comment for ' + step, placeholder: 'Comment',
      dataset: { action: step } });
    const decide = decision => post('/api/decide', { executionId: record.executionId, action: step, decision: decision,
      comment: comment.value });
    const form = el('div', { class: 'approval' });
    if (approval.customData) form.append(el('div', {}, 'Reviewer note: ' + approval.customData));
    if (approval.externalEntityLink) form.append(el('div', {}, 'Review: ', link(approval.externalEntityLink)));
    form.append(comment, el('div', { class: 'buttons' },
      el('button', { type: 'button', class: 'approve primary', onclick: () => decide('approve') }, 'Approve'),
      el('button', { type: 'button', class: 'reject danger', onclick: () => decide('reject') }, 'Reject')));
    return form;
  }

  // ---- inside an action ----

  function select(step) {
    if (state.selected !== step) closeLog();
    state.selected = step;
    document.querySelectorAll('.action').forEach(a => a.classList.toggle('selected', a.dataset.action === step));
    renderDetails();
    openLog();
  }

  function selectedAction() {
    if (!state.record || !state.selected) return null;
    const slash = state.selected.indexOf('/');
    const stage = state.record.stages.find(s => s.name === state.selected.slice(0, slash));
    return stage ? stage.actions.find(a => a.name === state.selected.slice(slash + 1)) : null;
  }

  function renderDetails() {
    const action = selectedAction();
    if (!action) { $('details').hidden = true; return; }
    $('details').hidden = false;
    $('details-title').textContent = state.selected + ' (' + action.provider + ')';
    const body = $('details-body');
    body.replaceChildren(el('p', {}, statusBadge(action.status, pending(action))));
    if (action.build && action.build.phases) {
      const rows = action.build.phases.map(p => el('tr', {}, el('td', {}, p.name), el('td', {}, statusBadge(p.status)),
        el('td', {}, duration(p.durationMs))));
      body.append(el('h3', {}, 'Build phases'), el('table', { class: 'phases' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Phase'), el('th', {}, 'Status'), el('th', {}, 'Duration'))),
        el('tbody', {}, ...rows)));
    }
    if (action.deployment) body.append(...deployment(action.deployment));
    const variables = Object.entries(action.outputVariables || {});
    if (variables.length) {
      body.append(el('h3', {}, 'Output variables'), el('table', {}, el('tbody', {},
        ...variables.map(([k, v]) => el('tr', {}, el('td', {}, el('code', {}, k)), el('td', {}, v))))));
    }
  }

  function deployment(d) {
    const parts = [el('h3', {}, 'Deployment ' + (d.deploymentId || '')),
      el('p', {}, 'Application ' + (d.applicationName || '-') + ', deployment group ' + (d.deploymentGroupName || '-') + ': ',
        statusBadge(d.status), d.rolledBack ? ' (rolled back)' : '')];
    for (const instance of d.instances || []) {
      const events = (instance.events || []).map(e => el('tr', {}, el('td', {}, e.name), el('td', {}, statusBadge(e.status)),
        el('td', {}, (e.scripts || []).map(s => s.location + (s.exitCode === null ? '' : ' → exit ' + s.exitCode)).join(', '))));
      parts.push(el('h3', {}, 'Instance ' + instance.instanceId + ' '), statusBadge(instance.status),
        el('table', { class: 'events' }, el('thead', {}, el('tr', {}, el('th', {}, 'Lifecycle event'), el('th', {}, 'Status'),
          el('th', {}, 'Scripts'))), el('tbody', {}, ...events)));
    }
    // traffic shifting (Lambda, ECS): each step with each target's weight (the record's trafficSteps)
    if (Array.isArray(d.trafficSteps) && d.trafficSteps.length > 0) {
      parts.push(el('h3', {}, 'Traffic'), el('table', { class: 'traffic' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Time'), el('th', {}, 'Weights'))),
        el('tbody', {}, ...d.trafficSteps.map(step => el('tr', {}, el('td', {}, time(step.time)),
          el('td', {}, ...Object.entries(step.weights || {}).map(([target, weight]) => el('div', {},
            el('meter', { min: '0', max: '100', value: String(weight) }), ' ' + target + ': ' + weight + '%'))))))));
    }
    return parts;
  }

  function openLog() {
    closeLog();
    const log = $('log');
    log.textContent = '';
    const slash = state.selected.indexOf('/');
    const url = '/events/log?execution=' + encodeURIComponent(state.executionId) + '&stage=' +
      encodeURIComponent(state.selected.slice(0, slash)) + '&action=' + encodeURIComponent(state.selected.slice(slash + 1));
    const source = new EventSource(url);
    source.addEventListener('line', e => {
      const atEnd = log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
      log.append(document.createTextNode(JSON.parse(e.data) + '\n'));
      if (atEnd) log.scrollTop = log.scrollHeight;
    });
    source.addEventListener('end', () => source.close());
    state.log = source;
  }

  function closeLog() {
    if (state.log) state.log.close();
    state.log = null;
  }

  // ---- teaching ----

  function narrate(changes) {
    if (!$('narrate').checked) return;
    const list = $('narration-list');
    list.querySelectorAll('li.muted').forEach(placeholder => placeholder.remove());
    for (const change of changes) {
      list.prepend(el('li', {}, el('strong', {}, (change.step || 'Execution') + ': ' + words(change.status) + '. '),
        change.narration + ' ', link(change.link, 'AWS documentation')));
    }
    while (list.children.length > 4) list.lastChild.remove();
  }

  // ---- lint ----

  async function loadLint() {
    const lint = await getJson('/api/lint');
    const findings = lint.report.findings;
    const files = lint.report.files.length;
    $('lint-summary').textContent = files + ' spec files checked: ' +
      (findings.length === 0 ? 'no findings.' : findings.length + ' findings.');
    $('lint').replaceChildren(...findings.map(f => {
      const rule = lint.rules[f.rule];
      return el('li', {},
        el('span', { class: 'severity-' + f.severity }, f.severity), ' ', el('code', {}, f.rule), ' ',
        el('code', {}, f.file + ':' + f.line + ':' + f.column), ' ', f.message,
        f.hint ? el('div', { class: 'muted' }, 'hint: ' + f.hint) : null,
        rule ? el('details', {}, el('summary', {}, 'Why: ' + rule.title), el('p', {}, rule.explanation),
          link(rule.source, 'AWS documentation')) : null);
    }));
  }

  // ---- live ----

  function listen() {
    const events = new EventSource('/events');
    events.addEventListener('open', () => { $('connection').textContent = 'live'; });
    events.addEventListener('error', () => { $('connection').textContent = 'reconnecting…'; });
    events.addEventListener('execution', async e => {
      const change = JSON.parse(e.data);
      narrate(change.changes);
      const known = state.overview && state.overview.executions.some(x => x.executionId === change.executionId);
      const before = state.executionId;
      // the history, and with "follow" the newest execution, from the store; for a change of the execution
      // on show the record is read at the same time
      const overview = loadOverview();
      if (known && change.executionId === state.executionId) {
        // the event carries the record: shown at once, the history follows
        await Promise.all([refresh(change.modified, change.record), overview]);
        return;
      }
      await overview;
      if (state.executionId !== before) {
        state.selected = null;
        closeLog();
        $('details').hidden = true;
      }
      if (!known && state.follow) state.executionId = state.overview.executions[0].executionId;
      if (change.executionId === state.executionId) await refresh(change.modified, change.record);
    });
    events.addEventListener('notice', e => notice(JSON.parse(e.data).message));
    events.addEventListener('transitions', async () => {
      await loadOverview();
      if (state.record) { renderStages(state.record); showDiagram(state.executionId); }
    });
  }

  $('release').addEventListener('click', async () => {
    state.follow = true;
    await post('/api/release', {});
  });
  // AWS's two ways to stop (pipelines-stop.html): let running actions finish, or abandon them
  $('stop').addEventListener('click', () => post('/api/stop', { executionId: state.executionId, abandon: false }));
  $('abandon').addEventListener('click', () => post('/api/stop', { executionId: state.executionId, abandon: true }));
  $('narrate').addEventListener('change', e => { $('narration').hidden = !e.target.checked; });
  $('large').addEventListener('change', e => document.body.classList.toggle('large', e.target.checked));

  listen();
  loadOverview().then(() => refresh(null)).catch(e => notice(e.message));
  loadLint().catch(e => { $('lint-summary').textContent = 'The specs cannot be linted: ' + e.message; });
})();
