// Progressive enhancement: a hold-and-rest timer on each timed exercise. Everything it
// needs is in the page (data attributes), so it keeps working when the phone loses its
// connection during a session. Without JavaScript the timer stays hidden and the dosage
// in words still says what to do.
(function () {
	'use strict';

	var texts = document.getElementById('exercise-timer-texts');
	if (!texts) {
		return;
	}

	function text(name, values) {
		var template = texts.getAttribute('data-' + name) || '';
		return template.replace(/\{(\d+)\}/g, function (match, index) {
			return String(values[Number(index)]);
		});
	}

	function seconds(element, name) {
		var value = parseInt(element.getAttribute('data-' + name), 10);
		return (isNaN(value) || value < 0) ? 0 : value;
	}

	function clock(totalSeconds) {
		var minutes = Math.floor(totalSeconds / 60);
		var rest = totalSeconds % 60;
		return minutes + ':' + (rest < 10 ? '0' : '') + rest;
	}

	// The whole session as a list of phases: hold, rest, hold, ... (no rest after the
	// last hold), or one stretch of time for exercises such as walks.
	function phasesOf(element) {
		var hold = seconds(element, 'hold-seconds');
		var rest = seconds(element, 'rest-seconds');
		var rounds = Math.max(1, seconds(element, 'rounds'));
		var duration = seconds(element, 'duration-seconds');
		var phases = [];
		if (hold > 0) {
			for (var round = 1; round <= rounds; round++) {
				phases.push({ kind: 'hold', seconds: hold, round: round });
				if (rest > 0 && round < rounds) {
					phases.push({ kind: 'rest', seconds: rest, round: round + 1 });
				}
			}
			return { phases: phases, rounds: rounds };
		}
		if (duration > 0) {
			phases.push({ kind: 'work', seconds: duration, round: 1 });
		}
		return { phases: phases, rounds: 1 };
	}

	function setUp(element) {
		var plan = phasesOf(element);
		if (plan.phases.length === 0) {
			return;
		}
		var display = element.querySelector('.timer-clock');
		var status = element.querySelector('.timer-status');
		var count = element.querySelector('.timer-count');
		var toggle = element.querySelector('.timer-toggle');
		var reset = element.querySelector('.timer-reset');

		var index = 0;
		var remainingMs = plan.phases[0].seconds * 1000;
		var deadline = 0;
		var ticker = null;
		var finished = false;
		var roundsDone = 0;

		function statusFor(phase) {
			if (phase.kind === 'hold') {
				return text('hold', [phase.round, plan.rounds]);
			}
			if (phase.kind === 'rest') {
				return text('rest', [phase.round, plan.rounds]);
			}
			return text('work', []);
		}

		function show() {
			display.textContent = clock(Math.ceil(remainingMs / 1000));
			if (count) {
				count.textContent = text('count', [roundsDone, plan.rounds]);
			}
			element.setAttribute('data-phase', finished ? 'done' : plan.phases[index].kind);
		}

		// Only phase changes are announced: a screen reader reading every second aloud
		// would drown the exercise.
		function announce(message) {
			status.textContent = message;
		}

		function stop() {
			if (ticker !== null) {
				clearInterval(ticker);
				ticker = null;
			}
		}

		function tick() {
			remainingMs = deadline - Date.now();
			while (remainingMs <= 0 && !finished) {
				if (plan.phases[index].kind !== 'rest') {
					roundsDone++;
				}
				index++;
				if (index >= plan.phases.length) {
					finished = true;
					remainingMs = 0;
					stop();
					toggle.textContent = text('start', []);
					toggle.disabled = true;
					announce(text('done', []));
				}
				else {
					deadline += plan.phases[index].seconds * 1000;
					remainingMs = deadline - Date.now();
					announce(statusFor(plan.phases[index]));
				}
			}
			show();
		}

		function start() {
			deadline = Date.now() + remainingMs;
			ticker = setInterval(tick, 250);
			toggle.textContent = text('pause', []);
			announce(statusFor(plan.phases[index]));
		}

		function pause() {
			tick();
			stop();
			if (!finished) {
				toggle.textContent = text('resume', []);
				announce(text('paused', []));
			}
		}

		function restart() {
			stop();
			index = 0;
			roundsDone = 0;
			finished = false;
			remainingMs = plan.phases[0].seconds * 1000;
			toggle.disabled = false;
			toggle.textContent = text('start', []);
			announce(text('ready', []));
			show();
		}

		toggle.addEventListener('click', function () {
			if (ticker === null) {
				start();
			}
			else {
				pause();
			}
		});
		reset.addEventListener('click', restart);

		// A timer left running in a closed exercise would go on counting unseen.
		var details = element.closest('details');
		if (details) {
			details.addEventListener('toggle', function () {
				if (!details.open && ticker !== null) {
					pause();
				}
			});
		}

		show();
		element.hidden = false;
	}

	document.querySelectorAll('[data-exercise-timer]').forEach(setUp);
}());
