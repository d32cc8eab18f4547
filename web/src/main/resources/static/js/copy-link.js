// Progressive enhancement: a "Copy link" button next to a read-only field. Without
// JavaScript the button stays hidden and the field can still be selected and copied.
document.querySelectorAll('[data-copy-from]').forEach(function (button) {
	var field = document.getElementById(button.getAttribute('data-copy-from'));
	if (!field) {
		return;
	}
	var confirm = function () {
		button.textContent = button.getAttribute('data-copied-text');
	};
	button.hidden = false;
	button.addEventListener('click', function () {
		field.select();
		var copied = false;
		try {
			copied = document.execCommand('copy');
		}
		catch (ignored) {
			copied = false;
		}
		if (copied) {
			confirm();
		}
		else if (navigator.clipboard && window.isSecureContext) {
			navigator.clipboard.writeText(field.value).then(confirm, function () {
				// The text stays selected, ready for the keyboard shortcut.
			});
		}
	});
});
