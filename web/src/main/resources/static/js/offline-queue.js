// Progressive enhancement: a form marked data-offline-queue that cannot reach the server
// is kept on the phone and sent when the connection is back. Without JavaScript the form
// simply posts.
//
// - Before a form is sent, the script asks the server for a fresh form token. When that
//   fails on the network (or the phone says it is offline), the form's fields are kept
//   in localStorage under its idempotency key and the page says so; the form gets a new
//   key, so a second entry made offline is not taken for the first.
// - On every page load, on the browser's online event and every 30 seconds while
//   something waits, kept entries are posted again with a fresh token, one after the
//   other. The server keeps one row per idempotency key, so an entry that did arrive
//   before a connection broke is not saved twice.
// - An entry leaves the phone only when the server took it (2xx, or a redirect other
//   than to sign-in) or refused it for good (4xx, or the form sent back with messages),
//   which the page then shows until the patient has read it. A server error, a dropped
//   connection or an ended session keep it for the next try.
// - Entries belong to the account that made them: a phone shared by two people never
//   sends one person's entry in the other's name.
(function () {
	'use strict';

	var QUEUE = 'fourstage.offlineQueue';
	var REFUSALS = 'fourstage.offlineRefusals';
	var KEY_FIELD = 'idempotencyKey';
	var RETRY_MS = 30000;

	var texts = document.getElementById('offline-queue-texts');
	if (!texts || !window.localStorage || !window.fetch) {
		return;
	}
	var owner = texts.getAttribute('data-owner');
	var tokenUrl = texts.getAttribute('data-token-url');
	var outlet = document.getElementById('offline-queue-status');
	var sending = false;
	var retryTimer = null;

	function text(name, values) {
		var template = texts.getAttribute('data-' + name) || '';
		return template.replace(/\{(\d+)\}/g, function (match, index) {
			return String(values[Number(index)]);
		});
	}

	function read(name) {
		try {
			var value = JSON.parse(localStorage.getItem(name) || '[]');
			return Array.isArray(value) ? value : [];
		}
		catch (ignored) {
			return [];
		}
	}

	function write(name, items) {
		if (items.length === 0) {
			localStorage.removeItem(name);
		}
		else {
			localStorage.setItem(name, JSON.stringify(items));
		}
	}

	function mine(items) {
		return items.filter(function (item) {
			return item.owner === owner;
		});
	}

	// crypto.randomUUID needs a secure context; getRandomValues works everywhere.
	function newKey() {
		var bytes = new Uint8Array(16);
		crypto.getRandomValues(bytes);
		bytes[6] = (bytes[6] & 0x0f) | 0x40;
		bytes[8] = (bytes[8] & 0x3f) | 0x80;
		var hex = Array.prototype.map.call(bytes, function (b) {
			return (b < 16 ? '0' : '') + b.toString(16);
		}).join('');
		return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-'
			+ hex.slice(20);
	}

	function freshToken() {
		return fetch(tokenUrl, { credentials: 'same-origin', redirect: 'manual', cache: 'no-store',
			headers: { 'Accept': 'application/json' } })
			.then(function (response) {
				if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
					return { signedOut: true };
				}
				if (!response.ok) {
					throw new Error('status ' + response.status);
				}
				return response.json();
			});
	}

	// ---- what the page shows -------------------------------------------------------

	function show() {
		if (!outlet) {
			return;
		}
		outlet.textContent = '';
		var waiting = mine(read(QUEUE));
		if (waiting.length > 0) {
			var note = document.createElement('p');
			note.className = 'alert alert-warning mb-2 offline-waiting';
			note.textContent = text('waiting', [waiting.length]);
			outlet.appendChild(note);
		}
		mine(read(REFUSALS)).forEach(function (refusal) {
			var box = document.createElement('div');
			box.className = 'alert alert-danger mb-2 offline-refused';
			box.setAttribute('role', 'alert');
			var heading = document.createElement('p');
			heading.className = 'fw-semibold mb-1';
			heading.textContent = text('refused', [refusal.label, refusal.savedAt]);
			box.appendChild(heading);
			if (refusal.messages.length > 0) {
				var list = document.createElement('ul');
				list.className = 'mb-2';
				refusal.messages.forEach(function (message) {
					var line = document.createElement('li');
					line.textContent = message;
					list.appendChild(line);
				});
				box.appendChild(list);
			}
			var again = document.createElement('a');
			again.href = refusal.page;
			again.className = 'me-3';
			again.textContent = text('again', []);
			box.appendChild(again);
			var dismiss = document.createElement('button');
			dismiss.type = 'button';
			dismiss.className = 'btn btn-sm btn-outline-danger';
			dismiss.textContent = text('dismiss', []);
			dismiss.addEventListener('click', function () {
				write(REFUSALS, read(REFUSALS).filter(function (other) {
					return other.key !== refusal.key;
				}));
				show();
			});
			box.appendChild(dismiss);
			outlet.appendChild(box);
		});
	}

	function announce(message, kind) {
		if (!outlet) {
			return;
		}
		show();
		var line = document.createElement('p');
		line.className = 'alert alert-' + kind + ' mb-2 offline-news';
		line.textContent = message;
		outlet.insertBefore(line, outlet.firstChild);
	}

	// ---- keeping a form on the phone -----------------------------------------------

	function keep(form) {
		var fields = [];
		var key = null;
		new FormData(form).forEach(function (value, name) {
			if (typeof value !== 'string' || name === '_csrf') {
				return;
			}
			if (name === KEY_FIELD) {
				key = value;
			}
			fields.push([name, value]);
		});
		if (!key) {
			key = newKey();
			fields.push([KEY_FIELD, key]);
		}
		var queue = read(QUEUE).filter(function (item) {
			return item.key !== key;
		});
		queue.push({
			key: key,
			owner: owner,
			action: form.getAttribute('action') || location.pathname,
			page: location.pathname,
			label: form.getAttribute('data-offline-label') || '',
			savedAt: new Date().toLocaleString(),
			fields: fields
		});
		write(QUEUE, queue);
		form.reset();
		var keyField = form.querySelector('input[name="' + KEY_FIELD + '"]');
		if (keyField) {
			keyField.value = newKey();
		}
		announce(text('saved', []), 'warning');
		form.dispatchEvent(new CustomEvent('offline-queue:kept', { bubbles: true }));
		scheduleRetry();
	}

	function submitNatively(form) {
		form.setAttribute('data-offline-sending', '');
		HTMLFormElement.prototype.submit.call(form);
	}

	function onSubmit(event) {
		var form = event.target;
		if (!form.hasAttribute('data-offline-queue') || form.hasAttribute('data-offline-sending')) {
			return;
		}
		event.preventDefault();
		if (!navigator.onLine) {
			keep(form);
			return;
		}
		freshToken().then(function (token) {
			if (!token.signedOut && token.owner === owner) {
				var csrf = form.querySelector('input[name="' + token.parameterName + '"]');
				if (csrf) {
					csrf.value = token.token;
				}
			}
			// Signed out: the post itself leads to the sign-in page, as without script.
			submitNatively(form);
		}, function () {
			keep(form);
		});
	}

	// ---- sending what was kept -----------------------------------------------------

	function messagesOf(html) {
		var page = new DOMParser().parseFromString(html, 'text/html');
		var found = [];
		// The form's own "check the messages below" says nothing on its own here.
		page.querySelectorAll('main .invalid-feedback, main .alert-danger:not([data-offline-generic]), main [data-refusal]')
			.forEach(function (node) {
			var message = node.textContent.replace(/\s+/g, ' ').trim();
			if (message && found.indexOf(message) < 0) {
				found.push(message);
			}
		});
		return { messages: found, invalid: page.querySelector('main .is-invalid, main [data-refusal]') !== null };
	}

	function send(item, token) {
		var body = new URLSearchParams();
		item.fields.forEach(function (field) {
			body.append(field[0], field[1]);
		});
		body.append(token.parameterName, token.token);
		return fetch(item.action, {
			method: 'POST',
			body: body,
			credentials: 'same-origin',
			redirect: 'follow',
			headers: { 'X-FourStage-Replay': 'offline' }
		}).then(function (response) {
			if (response.redirected && /\/login$/.test(new URL(response.url).pathname)) {
				return 'signed-out';
			}
			if (response.status >= 500) {
				return 'later';
			}
			if (response.status >= 400) {
				return response.text().then(function (html) {
					return { refused: messagesOf(html).messages };
				});
			}
			if (response.redirected || response.status !== 200) {
				return 'sent';
			}
			return response.text().then(function (html) {
				var answer = messagesOf(html);
				return answer.invalid ? { refused: answer.messages } : 'sent';
			});
		});
	}

	function removeFromQueue(key) {
		write(QUEUE, read(QUEUE).filter(function (item) {
			return item.key !== key;
		}));
	}

	function sendAll() {
		var waiting = mine(read(QUEUE));
		if (sending || waiting.length === 0 || !navigator.onLine) {
			show();
			return;
		}
		sending = true;
		var sent = 0;
		function finish(news, kind) {
			sending = false;
			if (news) {
				announce(news, kind);
			}
			else {
				show();
			}
			scheduleRetry();
		}
		freshToken().then(function (token) {
			if (token.signedOut || token.owner !== owner) {
				finish(text('sign-in', []), 'warning');
				return;
			}
			var index = 0;
			function next() {
				if (index >= waiting.length) {
					finish(sent > 0 ? text('sent', [sent]) : null, 'success');
					return;
				}
				var item = waiting[index++];
				send(item, token).then(function (outcome) {
					if (outcome === 'sent') {
						removeFromQueue(item.key);
						sent++;
						next();
					}
					else if (outcome === 'signed-out') {
						finish(text('sign-in', []), 'warning');
					}
					else if (outcome === 'later') {
						finish(null);
					}
					else {
						removeFromQueue(item.key);
						var refusals = read(REFUSALS);
						refusals.push({ key: item.key, owner: item.owner, label: item.label, savedAt: item.savedAt,
							page: item.page, messages: outcome.refused });
						write(REFUSALS, refusals);
						next();
					}
				}, function () {
					finish(null);
				});
			}
			next();
		}, function () {
			finish(null);
		});
	}

	function scheduleRetry() {
		if (retryTimer !== null) {
			clearTimeout(retryTimer);
			retryTimer = null;
		}
		if (mine(read(QUEUE)).length > 0) {
			retryTimer = setTimeout(function () {
				retryTimer = null;
				sendAll();
			}, RETRY_MS);
		}
	}

	document.addEventListener('submit', onSubmit);
	window.addEventListener('online', sendAll);
	// Another tab of the same phone may have kept or sent something.
	window.addEventListener('storage', function (event) {
		if (event.key === QUEUE || event.key === REFUSALS) {
			show();
		}
	});
	document.querySelectorAll('form[data-offline-queue]').forEach(function (form) {
		form.setAttribute('data-offline-ready', '');
	});
	sendAll();
}());
