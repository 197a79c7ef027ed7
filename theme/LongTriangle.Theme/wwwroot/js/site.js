// Progressive enhancement only: every page works without this file (links, anchors, both languages,
// the side-by-side view). It adds: keeping the #fragment across the language switch, copy buttons,
// marking the current heading in the outline, remembering the reading mode and the colour scheme.
(function () {
  "use strict";

  // Styles that need the script (the phone outline panel) apply only when it runs.
  document.documentElement.classList.add("js");

  var store = {
    get: function (key) { try { return localStorage.getItem(key); } catch (e) { return null; } },
    set: function (key, value) { try { localStorage.setItem(key, value); } catch (e) { /* ignore */ } }
  };

  // Language switch and view switch (one language / side by side): same page, same clause.
  function keepFragment() {
    var links = document.querySelectorAll("a[data-keep-fragment], a[data-view-mode]");
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      var base = link.getAttribute("data-base-href") || link.getAttribute("href").split("#")[0];
      link.setAttribute("data-base-href", base);
      link.setAttribute("href", base + location.hash);
    }
  }

  // Reading mode: side by side (parallel) or single language, remembered for the site's own links to
  // documents. An address someone shared opens as it was shared: a single-language link is never
  // redirected, so the links readers copy and cite stay single-language.
  function applyReadingMode() {
    var mode = store.get("lt-reading-mode");
    var switches = document.querySelectorAll("a[data-view-mode]");
    for (var i = 0; i < switches.length; i++) {
      switches[i].addEventListener("click", function (event) {
        store.set("lt-reading-mode", event.currentTarget.getAttribute("data-view-mode"));
      });
    }
    if (mode !== "parallel") return;
    var documents = document.querySelectorAll("a[data-parallel-href]");
    for (var j = 0; j < documents.length; j++) documents[j].setAttribute("href", documents[j].getAttribute("data-parallel-href"));
  }

  // The single-language address of this page: the side-by-side view is a way of reading, not a place to cite.
  function citablePath() {
    return location.pathname.replace(/\/parallel\/$/, "/");
  }

  // Copy link / copy citation.
  function clauseOf(button) {
    var clause = button.closest(".clause");
    return clause && (clause.querySelector("[data-cite]") || (clause.hasAttribute("data-cite") ? clause : null));
  }

  function setUpCopyButtons() {
    if (!navigator.clipboard || !window.isSecureContext) return;
    var buttons = document.querySelectorAll("button[data-copy]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function (event) {
        var button = event.currentTarget;
        var target = clauseOf(button);
        if (!target) return;
        var url = location.origin + citablePath() + "#" + target.id;
        var text = url;
        if (button.getAttribute("data-copy") === "citation") {
          // The citation is in the page's rendition; a Chinese one (ending in a CJK character or
          // full-width punctuation) is followed by a full-width comma, a Latin one by ", ".
          var citation = target.getAttribute("data-cite");
          text = citation + (/[\u3000-\u9fff\uff00-\uffef]$/.test(citation) ? "，" : ", ") + url;
        }
        navigator.clipboard.writeText(text).then(function () {
          var label = button.textContent;
          button.textContent = button.getAttribute("data-copied");
          setTimeout(function () { button.textContent = label; }, 1500);
        });
      });
    }
  }

  // Outline: mark the heading the reader is in, the last one whose top has passed a reading line just
  // below the sticky header (where a followed link puts its target). At the very end of the page, where
  // the last sections cannot scroll up to that line, the one the reader followed a link to (the URL's
  // fragment) is current while it is in view, else the last heading in view.
  function markCurrentHeading() {
    var links = document.querySelectorAll(".toc-sticky a[data-toc-target]");
    if (!links.length) return;
    var header = document.querySelector(".site-header");
    var byId = Object.create(null);
    var targets = [];
    for (var i = 0; i < links.length; i++) {
      var id = links[i].getAttribute("data-toc-target");
      var element = document.getElementById(id);
      if (element) { byId[id] = links[i]; targets.push(element); }
    }
    var current = null;
    var pending = false;
    function update() {
      pending = false;
      // The header is sticky on wide screens; on phones it scrolls away and the viewport top counts.
      var line = Math.max(0, header ? header.getBoundingClientRect().bottom : 0) + 48;
      var atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      var chosen = null;
      for (var k = 0; k < targets.length; k++) {
        var top = targets[k].getBoundingClientRect().top;
        if (top <= line || (atEnd && top < window.innerHeight)) chosen = targets[k].id;
        else break;
      }
      if (atEnd) {
        var followed = decodeURIComponent(location.hash.slice(1));
        var element = byId[followed] && document.getElementById(followed);
        if (element) {
          var box = element.getBoundingClientRect();
          if (box.top >= 0 && box.top < window.innerHeight) chosen = followed;
        }
      }
      if (chosen === current) return;
      if (current && byId[current]) byId[current].removeAttribute("aria-current");
      current = chosen;
      if (current) byId[current].setAttribute("aria-current", "location");
    }
    function schedule() {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(update);
    }
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    window.addEventListener("hashchange", schedule);
    schedule();
  }

  // The sticky header wraps to more lines on narrow screens; anchors must land below its real height.
  function trackHeaderHeight() {
    var header = document.querySelector(".site-header");
    if (!header) return;
    var root = document.documentElement;
    function measure() { root.style.setProperty("--header-offset", header.offsetHeight + "px"); }
    measure();
    if ("ResizeObserver" in window) new ResizeObserver(measure).observe(header);
    else window.addEventListener("resize", measure);
    // The browser may have scrolled to the #fragment before the real height was known.
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.scrollIntoView();
  }

  // Colour scheme toggle (the choice is applied in <head> by colour-scheme.js).
  function setUpColourScheme() {
    var toggle = document.querySelector("[data-colour-scheme-toggle]");
    if (!toggle) return;
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var root = document.documentElement;
      var chosen = root.getAttribute("data-colour-scheme");
      var dark = chosen ? chosen === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
      var next = dark ? "light" : "dark";
      root.setAttribute("data-colour-scheme", next);
      store.set("lt-colour-scheme", next);
    });
  }

  // Touch screens: tapping a clause's ¶ opens its copy menu instead of jumping to the clause; a tap
  // elsewhere closes it. (Devices with a pointer open it on hover and focus, in CSS.)
  function setUpTouchClauseMenus() {
    if (!window.matchMedia("(hover: none)").matches) return;
    document.addEventListener("click", function (event) {
      var permalink = event.target.closest && event.target.closest(".clause-permalink");
      var open = document.querySelectorAll(".clause.tools-open");
      var clause = permalink && permalink.closest(".clause");
      for (var i = 0; i < open.length; i++) if (open[i] !== clause) open[i].classList.remove("tools-open");
      if (!clause || !clause.querySelector(".clause-copy:not([hidden])")) return;
      event.preventDefault();
      clause.classList.toggle("tools-open");
    });
  }

  // Phones: the contents button opens the outline as a panel over the text, at the current heading;
  // following an entry, Escape or the button again closes it. Wide screens show the outline beside
  // the text, and without the script the button is a link to the outline after the text.
  function setUpContentsPanel() {
    var button = document.querySelector("[data-contents-toggle]");
    var panel = document.getElementById("contents");
    if (!button || !panel) return;
    var narrow = window.matchMedia("(max-width: 59.99em)");
    button.setAttribute("aria-expanded", "false");
    function close(returnFocus) {
      panel.classList.remove("is-open");
      button.setAttribute("aria-expanded", "false");
      if (returnFocus) button.focus();
    }
    button.addEventListener("click", function (event) {
      if (!narrow.matches) return;
      event.preventDefault();
      if (panel.classList.contains("is-open")) { close(false); return; }
      panel.classList.add("is-open");
      button.setAttribute("aria-expanded", "true");
      var current = panel.querySelector("a[aria-current]") || panel.querySelector("a");
      if (current) {
        current.scrollIntoView({ block: "center" });
        current.focus({ preventScroll: true });
      }
    });
    panel.addEventListener("click", function (event) {
      if (event.target.closest && event.target.closest("a")) close(false);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && panel.classList.contains("is-open")) close(true);
    });
  }

  applyReadingMode();
  trackHeaderHeight();
  keepFragment();
  window.addEventListener("hashchange", keepFragment);
  setUpCopyButtons();
  markCurrentHeading();
  setUpColourScheme();
  setUpContentsPanel();
  setUpTouchClauseMenus();
})();
