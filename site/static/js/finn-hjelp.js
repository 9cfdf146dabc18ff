/*! <selvhjelp-finn-hjelp>: self-help organisations, groups and meetings from Selvhjelp i Norge, for
 * any web page. One script and one element; no framework, no cookies, nothing stored in the browser.
 *
 *   <script src="https://SITE/static/js/finn-hjelp.js" defer></script>
 *   <selvhjelp-finn-hjelp lang="nn" kommune="3320" tema="sorg">
 *     <a href="https://SITE/nn/finn-hjelp/?kommune=3320&tema=sorg">Finn sjølvhjelp i kommunen</a>
 *   </selvhjelp-finn-hjelp>
 *
 * Attributes: lang (nb or nn), kommune (municipality number) or fylke (county number), tema (topic
 * slug), vis (any of "organisasjoner grupper moter"; all three by default), antall (1–20, default 5),
 * niva (the heading level, 2–6, default 2). The link inside is shown while the script is off or the
 * content cannot be fetched. Themed with CSS custom properties (see /api/docs/); the host's font is
 * inherited.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var SITE = script ? new URL(script.src).origin : location.origin;
  var TEXT = {
    nb: {
      title: "Selvhjelp nær deg", organisations: "Hvem kan hjelpe", groups: "Grupper du kan bli med i",
      events: "Kommende møter", loading: "Henter innhold …", none: "Ingen ennå.", all: "Se alt i katalogen",
      failed: "Innholdet kunne ikke hentes.", digital: "Digitalt", from: "Oppstart",
      status: { forming: "Under oppstart", starting: "Starter snart", open: "Åpen for nye" }
    },
    nn: {
      title: "Sjølvhjelp nær deg", organisations: "Kven kan hjelpe", groups: "Grupper du kan bli med i",
      events: "Komande møte", loading: "Hentar innhald …", none: "Ingen enno.", all: "Sjå alt i katalogen",
      failed: "Innhaldet kunne ikkje hentast.", digital: "Digitalt", from: "Oppstart",
      status: { forming: "Under oppstart", starting: "Startar snart", open: "Open for nye" }
    }
  };
  var KINDS = {
    organisasjoner: { key: "organisations", api: "organisations", page: "", extra: { fields: "short_description,municipality" } },
    grupper: { key: "groups", api: "groups", page: "grupper/", extra: { joinable: "true" } },
    moter: { key: "events", api: "events", page: "moter/", extra: {} }
  };
  var CSS =
    ":host{display:block;font:inherit;color:var(--selvhjelp-text,inherit)}" +
    ":host([hidden]){display:none}" +
    ".box{background:var(--selvhjelp-background,transparent);border:var(--selvhjelp-border-width,1px) solid var(--selvhjelp-border,currentColor);" +
    "border-radius:var(--selvhjelp-radius,.5rem);padding:var(--selvhjelp-padding,1rem 1.25rem)}" +
    "h2,h3,h4,h5,h6,[role=heading]{font:inherit;font-weight:700;margin:0 0 .5em;line-height:1.3}" +
    ".title{font-size:1.25em}.kind{font-size:1.05em;margin-top:1.25em}" +
    "ul{list-style:none;margin:0;padding:0}li{margin:0 0 .75em}li p{margin:.15em 0 0}" +
    "a{color:var(--selvhjelp-accent,#0062ba);text-decoration:underline;text-underline-offset:.15em}" +
    "a:hover{text-decoration-thickness:2px}" +
    "a:focus-visible{outline:3px solid var(--selvhjelp-focus,#0062ba);outline-offset:2px;border-radius:2px}" +
    ".meta{color:var(--selvhjelp-muted,inherit);font-size:.95em}" +
    ".all{display:inline-block;margin-top:1em;font-weight:600}";
  var sheet = null;
  function styles() {
    if (sheet === null) {
      try { sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); } catch (e) { sheet = false; }
    }
    return sheet;
  }

  function el(name, attrs, children) {
    var node = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    (children || []).forEach(function (child) {
      if (child != null) node.append(child);
    });
    return node;
  }

  function heading(level, text, className) {
    return level <= 6 ? el("h" + level, { class: className }, [text])
      : el("p", { role: "heading", "aria-level": String(level), class: className }, [text]);
  }

  var MONTHS = "januar februar mars april mai juni juli august september oktober november desember".split(" ");
  var DAYS = {
    nb: "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(" "),
    nn: "måndag tysdag onsdag torsdag fredag laurdag sundag".split(" ")
  };
  var OSLO = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Oslo", weekday: "short", year: "numeric", month: "numeric", day: "numeric",
    hour: "2-digit", minute: "2-digit", hourCycle: "h23"
  });

  // "9. desember 2026", or "onsdag 9. desember 2026 kl. 12.30" (Norwegian time, in the form chosen).
  function dateText(value, lang, withTime) {
    var date = new Date(value.length === 10 ? value + "T12:00:00Z" : value), part = {};
    if (isNaN(date)) return value;
    OSLO.formatToParts(date).forEach(function (p) { part[p.type] = p.value; });
    var text = Number(part.day) + ". " + MONTHS[part.month - 1] + " " + part.year;
    if (!withTime) return text;
    var day = DAYS[lang]["Mon Tue Wed Thu Fri Sat Sun".split(" ").indexOf(part.weekday)];
    return day + " " + text + " kl. " + part.hour + "." + part.minute;
  }

  function line(kind, item, t, lang) {
    var name = item.name || item.title;
    var link = item.meta && item.meta.html_url ? el("a", { href: item.meta.html_url }, [name]) : name;
    var where = item.digital ? t.digital : item.municipality ? item.municipality.name : "";
    var details = [];
    if (kind === "organisations") {
      if (item.short_description) details.push(item.short_description);
    } else if (kind === "groups") {
      var starts = item.starts_on && item.status !== "open" ? t.from + " " + dateText(item.starts_on, lang) : "";
      details.push([t.status[item.status], where, starts]
        .filter(Boolean).join(" · "));
    } else {
      details.push([dateText(item.starts_at, lang, true), where].filter(Boolean).join(" · "));
    }
    return el("li", {}, [link].concat(details.filter(Boolean).map(function (text) {
      return el("p", { class: "meta" }, [text]);
    })));
  }

  class FinnHjelp extends HTMLElement {
    static get observedAttributes() { return ["lang", "kommune", "fylke", "tema", "vis", "antall", "niva"]; }

    constructor() {
      super();
      this.attachShadow({ mode: "open" });
      var css = styles();
      if (css) this.shadowRoot.adoptedStyleSheets = [css];
      this.generation = 0;
    }

    connectedCallback() { this.render(); }

    attributeChangedCallback() { if (this.isConnected) this.render(); }

    settings() {
      var lang = this.getAttribute("lang") === "nn" ? "nn" : "nb";
      var number = function (value, digits) { return new RegExp("^[0-9]{" + digits + "}$").test(value || "") ? value : ""; };
      var kinds = (this.getAttribute("vis") || "organisasjoner grupper moter").split(/\s+/).filter(function (kind) {
        return KINDS[kind.replace("ø", "o")];
      }).map(function (kind) { return kind.replace("ø", "o"); });
      var limit = Math.min(Math.max(parseInt(this.getAttribute("antall"), 10) || 5, 1), 20);
      var level = Math.min(Math.max(parseInt(this.getAttribute("niva"), 10) || 2, 2), 6);
      return {
        lang: lang, limit: limit, level: level, kinds: kinds.length ? kinds : Object.keys(KINDS),
        municipality: number(this.getAttribute("kommune"), 4), county: number(this.getAttribute("fylke"), 2),
        topic: /^[a-z0-9-]{1,80}$/.test(this.getAttribute("tema") || "") ? this.getAttribute("tema") : ""
      };
    }

    directoryLink(s, page) {
      var url = new URL("/" + s.lang + "/finn-hjelp/" + page, SITE);
      if (s.municipality) url.searchParams.set("kommune", s.municipality);
      else if (s.county) url.searchParams.set("fylke", s.county);
      if (s.topic) url.searchParams.set("tema", s.topic);
      return url.href;
    }

    fetchKind(s, kind) {
      var url = new URL("/api/v2/" + KINDS[kind].api + "/", SITE);
      var params = { locale: s.lang, limit: s.limit, municipality: s.municipality, county: s.municipality ? "" : s.county, topic: s.topic };
      Object.assign(params, KINDS[kind].extra);
      Object.keys(params).forEach(function (key) { if (params[key]) url.searchParams.set(key, params[key]); });
      return fetch(url.href, { credentials: "omit", headers: { Accept: "application/json" } }).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      });
    }

    render() {
      var s = this.settings(), t = TEXT[s.lang], root = this.shadowRoot, self = this;
      var generation = ++this.generation;
      var id = "selvhjelp-" + Math.random().toString(36).slice(2, 9);
      var status = el("p", { class: "meta", role: "status" }, [t.loading]);
      var box = el("section", { class: "box", lang: s.lang, "aria-labelledby": id, "aria-busy": "true" }, [
        heading(s.level, t.title, "title"), status
      ]);
      box.firstChild.id = id;
      root.replaceChildren(box);
      Promise.all(s.kinds.map(function (kind) { return self.fetchKind(s, kind); })).then(function (answers) {
        if (generation !== self.generation) return;
        var parts = s.kinds.map(function (kind, index) {
          var key = KINDS[kind].key, items = answers[index].items;
          var list = items.length ? el("ul", {}, items.map(function (item) { return line(key, item, t, s.lang); }))
            : el("p", { class: "meta" }, [t.none]);
          return [heading(s.level + 1, t[key], "kind"), list];
        });
        status.textContent = "";
        box.replaceChildren.apply(box, [box.firstChild].concat(
          [].concat.apply([], parts),
          [el("a", { class: "all", href: self.directoryLink(s, s.kinds.length === 1 ? KINDS[s.kinds[0]].page : "") }, [t.all]), status]
        ));
        box.setAttribute("aria-busy", "false");
      }).catch(function () {
        if (generation !== self.generation) return;
        status.textContent = t.failed;
        box.replaceChildren(box.firstChild, status, el("slot"));
        box.setAttribute("aria-busy", "false");
      });
    }
  }

  if (!customElements.get("selvhjelp-finn-hjelp")) customElements.define("selvhjelp-finn-hjelp", FinnHjelp);
})();
