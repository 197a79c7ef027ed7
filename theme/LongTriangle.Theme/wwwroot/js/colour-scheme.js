// Runs in <head> before the page paints, so a reader who chose a colour scheme never sees a flash of the other.
(function () {
  try {
    var chosen = localStorage.getItem("lt-colour-scheme");
    if (chosen === "dark" || chosen === "light") document.documentElement.setAttribute("data-colour-scheme", chosen);
  } catch (e) { /* storage may be disabled; the system preference applies */ }
})();
