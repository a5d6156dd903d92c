// Sends the CSRF token with every htmx request (Spring Security checks it on every POST).
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// Checks the files chosen in a file field with data-max-files and data-max-bytes before anything is sent, so a file
// far too large is refused at once rather than after a long upload. The server checks everything again.
(function () {
    var FIELD = 'input[type=file][data-max-files]';

    function problemOf(input) {
        var files = input.files || [];
        if (files.length > Number(input.dataset.maxFiles)) {
            return input.dataset.tooMany;
        }
        for (var i = 0; i < files.length; i++) {
            if (files[i].size > Number(input.dataset.maxBytes)) {
                return input.dataset.tooLarge.replace('{0}', files[i].name);
            }
        }
        return null;
    }

    function show(input, problem) {
        var box = input.parentNode.querySelector('.field-error[data-client]');
        if (!box) {
            box = document.createElement('div');
            box.className = 'field-error';
            box.setAttribute('data-client', '');
            box.setAttribute('role', 'alert');
            input.parentNode.appendChild(box);
        }
        box.textContent = problem || '';
        box.hidden = !problem;
    }

    document.addEventListener('change', function (event) {
        if (event.target.matches && event.target.matches(FIELD)) {
            show(event.target, problemOf(event.target));
        }
    });

    document.addEventListener('submit', function (event) {
        var inputs = event.target.querySelectorAll(FIELD);
        for (var i = 0; i < inputs.length; i++) {
            var problem = problemOf(inputs[i]);
            if (problem) {
                show(inputs[i], problem);
                inputs[i].focus();
                event.preventDefault();
                return;
            }
        }
    });
})();

// Asks before a form with data-confirm is sent, and goes back on a button with data-back: no inline handlers, so the
// Content-Security-Policy allows scripts from this site only (ADR 0037).
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.matches && form.matches('form[data-confirm]') && !window.confirm(form.dataset.confirm)) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);
document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-back]')) {
        history.back();
    }
});

// 拟写答复: the commitments inside the draft form (ADR 0045). 添加承诺 clones the row template, 删除 removes a row; the
// rows are renumbered so the form posts commitments[0..n-1]. The list shows while the chosen class implies
// commitments (B, C) or while it has rows.
(function () {
    function rows(list) {
        return Array.prototype.slice.call(list.querySelectorAll('[data-commitment-row]'))
            .filter(function (row) { return !row.closest('template'); });
    }
    function renumber(list) {
        rows(list).forEach(function (row, index) {
            row.querySelectorAll('[name^="commitments["]').forEach(function (input) {
                input.name = input.name.replace(/^commitments\[[^\]]*\]/, 'commitments[' + index + ']');
            });
        });
    }
    function showIfNeeded(list) {
        var form = list.closest('form');
        var chosen = form && form.querySelector('input[name="classification"]:checked');
        var promising = (list.dataset.promising || '').split(',');
        list.hidden = rows(list).length === 0 && !(chosen && promising.indexOf(chosen.value) >= 0);
    }
    document.querySelectorAll('[data-commitment-rows]').forEach(showIfNeeded);
    document.addEventListener('change', function (event) {
        var form = event.target.form;
        if (event.target.name === 'classification' && form) {
            form.querySelectorAll('[data-commitment-rows]').forEach(showIfNeeded);
        }
    });
    document.addEventListener('click', function (event) {
        var add = event.target.closest && event.target.closest('[data-add-commitment]');
        var remove = event.target.closest && event.target.closest('[data-remove-commitment]');
        var list = (add || remove) && (add || remove).closest('[data-commitment-rows]');
        if (!list) {
            return;
        }
        if (add) {
            var index = String(rows(list).length + Date.now());
            var html = list.querySelector('template[data-commitment-template]').innerHTML.replace(/__i__/g, index);
            add.closest('.actions').insertAdjacentHTML('beforebegin', html);
            renumber(list);
            var fresh = rows(list);
            var field = fresh[fresh.length - 1].querySelector('input');
            if (field) {
                field.focus();
            }
        } else {
            remove.closest('[data-commitment-row]').remove();
            renumber(list);
            list.dispatchEvent(new Event('change', {bubbles: true}));
        }
    });
})();

// A refused field's message goes once the field is changed (ADR 0049): typing in it, or choosing another value,
// hides the refusal beside it and clears aria-invalid; the server checks everything again on the next save.
(function () {
    function clear(event) {
        var target = event.target;
        var field = target.closest && target.closest('.has-error');
        if (!field || !target.matches('input, select, textarea')) {
            return;
        }
        field.classList.remove('has-error');
        var errors = field.querySelectorAll('.field-error:not([data-client])');
        for (var i = 0; i < errors.length; i++) {
            errors[i].hidden = true;
        }
        var invalid = field.querySelectorAll('[aria-invalid]');
        for (var j = 0; j < invalid.length; j++) {
            invalid[j].removeAttribute('aria-invalid');
        }
    }
    document.addEventListener('input', clear);
    document.addEventListener('change', clear);
})();

// The menu's groups (layout.html): one open at a time; Escape or a click elsewhere closes it (focus back on its name).
(function () {
    function groups() {
        return document.querySelectorAll('details.nav-group[open]');
    }
    document.addEventListener('toggle', function (event) {
        var opened = event.target;
        if (!opened.matches || !opened.matches('details.nav-group') || !opened.open) {
            return;
        }
        groups().forEach(function (other) {
            if (other !== opened) {
                other.open = false;
            }
        });
    }, true);
    document.addEventListener('click', function (event) {
        groups().forEach(function (open) {
            if (!open.contains(event.target)) {
                open.open = false;
            }
        });
    });
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        groups().forEach(function (open) {
            open.open = false;
            open.querySelector('summary').focus();
        });
    });
})();

// A long multiple choice (联名代表): <select multiple data-pick> becomes a search box whose matches drop down as a list,
// with the chosen ones as chips that can be removed; the select stays the form's field (hidden), so the server gets
// the same form, and without scripts the list box works as before (ADR 0049). Keyboard: type to narrow the list, ↓ and
// ↑ to move, Enter to choose, Escape to close, Backspace in an empty box to remove the last chip; each chip's × is a
// button of its own.
(function () {
    var LIMIT = 50;

    function enhance(select) {
        var id = select.id;
        var input = document.createElement('input');
        var list = document.createElement('ul');
        var chips = document.createElement('ul');
        var active = -1;
        var shown = [];

        input.type = 'text';
        input.className = 'pick-search';
        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-expanded', 'false');
        input.setAttribute('autocomplete', 'off');
        input.placeholder = select.dataset.placeholder || '';
        if (select.closest('.has-error')) {          // refused: say so on the box that replaces the list
            input.setAttribute('aria-invalid', 'true');
        }
        list.className = 'pick-list';
        list.setAttribute('role', 'listbox');
        list.hidden = true;
        chips.className = 'pick-chips';
        if (select.dataset.chosen) {
            chips.setAttribute('aria-label', select.dataset.chosen);
        }
        select.id = id + '-choices';               // the field's label now names the search box
        input.id = id;
        list.id = id + '-matches';
        input.setAttribute('aria-controls', list.id);
        select.hidden = true;
        select.tabIndex = -1;

        var box = document.createElement('div');
        box.className = 'pick';
        box.appendChild(chips);
        box.appendChild(input);
        box.appendChild(list);
        select.parentNode.insertBefore(box, select.nextSibling);

        function chosen(option, yes) {
            option.selected = yes;
            select.dispatchEvent(new Event('change', { bubbles: true }));
            drawChips();
        }

        function drawChips() {
            chips.textContent = '';
            Array.prototype.forEach.call(select.options, function (option) {
                if (!option.selected) {
                    return;
                }
                var chip = document.createElement('li');
                var name = document.createElement('span');
                var remove = document.createElement('button');
                name.textContent = option.text;
                remove.type = 'button';
                remove.className = 'link';
                remove.textContent = '×';
                remove.setAttribute('aria-label', (select.dataset.remove || '移除') + ' ' + option.text);
                remove.addEventListener('click', function () {
                    chosen(option, false);
                    input.focus();
                });
                chip.appendChild(name);
                chip.appendChild(remove);
                chips.appendChild(chip);
            });
        }

        function close() {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
            active = -1;
        }

        function mark(index) {
            active = index;
            Array.prototype.forEach.call(list.children, function (item, i) {
                item.setAttribute('aria-selected', i === index ? 'true' : 'false');
            });
            if (index >= 0 && list.children[index]) {
                input.setAttribute('aria-activedescendant', list.children[index].id);
                list.children[index].scrollIntoView({ block: 'nearest' });
            }
        }

        function drawList() {
            var query = input.value.trim().toLowerCase();
            list.textContent = '';
            shown = Array.prototype.filter.call(select.options, function (option) {
                return !option.selected && option.value !== '' && option.text.toLowerCase().indexOf(query) >= 0;
            }).slice(0, LIMIT);
            shown.forEach(function (option, i) {
                var item = document.createElement('li');
                item.id = list.id + '-' + i;
                item.setAttribute('role', 'option');
                item.textContent = option.text;
                item.addEventListener('mousedown', function (event) {
                    event.preventDefault();            // keep the focus in the box
                    choose(i);
                });
                list.appendChild(item);
            });
            list.hidden = shown.length === 0;
            input.setAttribute('aria-expanded', shown.length === 0 ? 'false' : 'true');
            mark(shown.length > 0 && query !== '' ? 0 : -1);
        }

        function choose(index) {
            if (shown[index]) {
                chosen(shown[index], true);
                input.value = '';
                close();                               // typing (or ↓) opens the list again; it never hides the form
            }
        }

        input.addEventListener('input', drawList);
        input.addEventListener('focus', drawList);
        input.addEventListener('blur', close);
        input.addEventListener('keydown', function (event) {
            if (event.key === 'ArrowDown') {
                if (list.hidden) {
                    drawList();
                }
                mark(Math.min(active + 1, shown.length - 1));
                event.preventDefault();
            } else if (event.key === 'ArrowUp') {
                mark(Math.max(active - 1, 0));
                event.preventDefault();
            } else if (event.key === 'Enter') {
                if (!list.hidden && active >= 0) {
                    choose(active);
                    event.preventDefault();         // choosing does not send the form
                }
            } else if (event.key === 'Escape') {
                if (!list.hidden) {
                    close();
                    event.preventDefault();
                }
            } else if (event.key === 'Backspace' && input.value === '') {
                var selected = Array.prototype.filter.call(select.options, function (o) { return o.selected; });
                if (selected.length > 0) {
                    chosen(selected[selected.length - 1], false);
                }
            }
        });
        drawChips();
    }

    function init() {
        document.querySelectorAll('select[multiple][data-pick]').forEach(enhance);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();

// 公开准备 (ADR 0057): text selected inside an original text marked data-selection-target fills that field (the
// passage to redact); a keyboard user types the passage into the field instead.
(function () {
    function fill() {
        var selection = window.getSelection ? window.getSelection() : null;
        if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
            return;
        }
        var node = selection.getRangeAt(0).commonAncestorContainer;
        var source = node.nodeType === 1 ? node : node.parentNode;
        var box = source && source.closest ? source.closest('[data-selection-target]') : null;
        var field = box ? document.getElementById(box.dataset.selectionTarget) : null;
        var text = selection.toString().trim();
        if (field && text) {
            field.value = text.slice(0, Number(field.getAttribute('maxlength')) || text.length);
        }
    }
    document.addEventListener('mouseup', fill);
    document.addEventListener('keyup', function (event) {
        if (event.shiftKey) {
            fill();
        }
    });
})();
