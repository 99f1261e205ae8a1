// Tooltips for every element with a title (glossary and source links, long table-of-contents entries), in
// Material's look but built from a text node: a title is never parsed as HTML. Material's own tooltips (the
// content.tooltips feature) insert the title with innerHTML, so markup in a seed's title, an entity's
// description or a heading would come back alive; the hooks keep that feature off.
(function () {
  "use strict";
  var ID = "__explainer_tooltip";
  var tip = null, host = null, text = "";

  function hide() {
    if (host) {
      host.setAttribute("title", text); // given back, so the next hover (and assistive technology) finds it
      host.removeAttribute("aria-describedby");
    }
    if (tip) tip.remove();
    tip = host = null;
    text = "";
  }

  function show(el) {
    if (el === host) return;
    hide();
    var title = el.getAttribute("title") || "";
    if (!title.trim()) return;
    host = el;
    text = title;
    el.removeAttribute("title"); // no second, native tooltip over ours
    tip = document.createElement("div");
    tip.className = "md-tooltip2 md-tooltip2--bottom";
    tip.id = ID;
    tip.setAttribute("role", "tooltip");
    var inner = document.createElement("div");
    inner.className = "md-tooltip2__inner md-typeset";
    inner.textContent = title;
    tip.appendChild(inner);
    document.body.appendChild(tip);
    el.setAttribute("aria-describedby", ID);
    var box = el.getBoundingClientRect();
    var style = tip.style;
    style.setProperty("--md-tooltip-host-x", box.left + window.scrollX + "px");
    style.setProperty("--md-tooltip-host-y", box.top + window.scrollY + "px");
    style.setProperty("--md-tooltip-x", box.width / 2 + "px");
    style.setProperty("--md-tooltip-y", 8 + box.height + "px");
    style.setProperty("--md-tooltip-width", inner.getBoundingClientRect().width + "px");
    style.setProperty("--md-tooltip-tail", "0px");
    var shown = tip;
    requestAnimationFrame(function () { shown.classList.add("md-tooltip2--active"); });
  }

  function titled(target) {
    return target instanceof Element ? target.closest("[title]") : null;
  }

  // Listened to while capturing, so this runs before any handler on the element itself reads its title.
  document.addEventListener("mouseover", function (e) {
    var el = titled(e.target);
    if (el) show(el);
    else if (host && !(e.target instanceof Node && host.contains(e.target))) hide();
  }, true);
  document.addEventListener("mouseout", function (e) {
    if (host && !(e.relatedTarget instanceof Node && host.contains(e.relatedTarget))) hide();
  }, true);
  document.addEventListener("focus", function (e) {
    var el = titled(e.target);
    if (el) show(el); else hide();
  }, true);
  document.addEventListener("blur", function (e) {
    if (host && !host.matches(":hover") && !(e.relatedTarget instanceof Node && host.contains(e.relatedTarget))) {
      hide();
    }
  }, true);
  window.addEventListener("pagehide", hide);
})();
