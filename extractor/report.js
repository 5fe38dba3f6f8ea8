// the HTML report (extractor/report.py): select an event, show its trace, filter by type and scope.
// Every handler touches one event's elements or one attribute, never every element of the page.
(() => {
  'use strict';
  let events = null;  // the JSON blob, parsed on the first click rather than at load
  const data = () => events || (events = JSON.parse(document.getElementById('report-data').textContent));
  const trace = document.getElementById('trace');
  const filter = document.getElementById('type-filter');
  let selected = [];

  const element = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };

  // one line of a trace: "  VISIT_VERB [32:38] «прибыл»", the rule name in bold
  const traceLine = (pre, line) => {
    const parts = /^(\s*)([A-Z][A-Z0-9_]*)(.*)$/.exec(line);
    if (!parts) { pre.append(line + '\n'); return; }
    pre.append(parts[1], element('b', parts[2]), parts[3] + '\n');
  };

  const showTrace = (event) => {
    const parts = [element('h3', `${event.id} ${event.type} · ${event.doc}`), element('p', event.rule, 'rule')];
    event.mentions.forEach((mention, number) => {
      parts.push(element('h4', `mention ${number + 1}: «${mention.trigger}» ${mention.rule}`));
      const pre = element('pre', undefined, 'tree');
      if (mention.trace) mention.trace.split('\n').forEach((line) => traceLine(pre, line));
      else pre.textContent = '(no trace: extract with trace=True)';
      parts.push(pre);
    });
    trace.replaceChildren(...parts);
    trace.scrollTop = 0;
  };

  const select = (index) => {
    const event = data()[index];
    if (!event) return;
    selected.forEach((node) => node.classList.remove('sel'));
    const section = document.getElementById('d' + event.d);
    selected = Array.from(section.querySelectorAll(`mark[data-e~="${index}"]`));
    const row = document.getElementById('r' + index);
    if (row) selected.push(row);
    selected.forEach((node) => node.classList.add('sel'));
    showTrace(event);
    return row;
  };

  document.getElementById('events').addEventListener('click', (click) => {
    const row = click.target.closest('tr.ev');
    if (row) select(Number(row.dataset.i));
  });

  document.getElementById('docs').addEventListener('click', (click) => {
    const mark = click.target.closest('mark.h');
    if (!mark) return;
    const row = select(Number(mark.dataset.e.split(' ')[0]));
    if (row) row.scrollIntoView({block: 'nearest'});
  });

  // the chosen type and scope go on <body>; the page's CSS hides and fades the rest
  const scopeFilter = document.getElementById('scope-filter');
  const applyFilter = () => {
    if (filter.value) document.body.dataset.type = filter.value;
    else delete document.body.dataset.type;
    if (scopeFilter.value) document.body.dataset.scope = scopeFilter.value;
    else delete document.body.dataset.scope;
  };
  filter.addEventListener('change', applyFilter);
  scopeFilter.addEventListener('change', applyFilter);
  applyFilter();  // values the browser kept from before a reload
})();
