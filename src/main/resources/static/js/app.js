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
