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
