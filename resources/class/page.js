// The class page: joins the lecturer's session over a WebSocket on the same address and port,
// shows the current question with one button per choice, the student's own answer, and after the
// reveal the right answer with one line of why. Protocol: docs/class-session.md. No libraries.
"use strict";

// Every text of the page once, in each language it speaks (the browser's first that it has, else
// English). The lecturer's question comes from the app in these languages too ("languages").
const LANGUAGES = ["en", "it"];
const TEXT = {
  codeLabel: { en: "Session code", it: "Codice della sessione" },
  joinHelp: { en: "The code is on the projector.", it: "Il codice è sul proiettore." },
  join: { en: "Join", it: "Entra" },
  question: { en: "Question", it: "Domanda" },
  waiting: { en: "Waiting for the lecturer’s next question…", it: "In attesa della prossima domanda del docente…" },
  round: { en: n => `Round ${n}`, it: n => `Turno ${n}` },
  yourAnswer: { en: c => `Your answer: ${c}`, it: c => `La tua risposta: ${c}` },
  counted: { en: c => `Your answer: ${c} (counted)`, it: c => `La tua risposta: ${c} (registrata)` },
  notCounted: {
    en: "That round had closed: your answer was not counted.",
    it: "Quel turno era già chiuso: la risposta non è stata contata."
  },
  right: { en: c => `Right answer: ${c}`, it: c => `Risposta giusta: ${c}` },
  youRight: { en: "You were right.", it: "Hai risposto bene." },
  youWrong: { en: "Not this time.", it: "Questa volta no." },
  connecting: { en: "Connecting…", it: "Connessione…" },
  connected: { en: "Joined. Answer when a question appears.", it: "Sei dentro. Rispondi quando compare una domanda." },
  lost: { en: "Connection lost. Trying again…", it: "Connessione persa. Nuovo tentativo…" },
  stopped: { en: "The lecturer ended the session.", it: "Il docente ha chiuso la sessione." },
  privacy: {
    en: "Nothing about you is stored. Only the count of each answer reaches the lecturer.",
    it: "Nulla di te viene conservato. Al docente arriva solo il numero di risposte per ogni scelta."
  },
  "wrong-code": {
    en: "That code is not right. Check the projector and try again.",
    it: "Il codice non è giusto. Controlla il proiettore e riprova."
  },
  "too-many-attempts": {
    en: "Too many wrong codes. Wait a little, then try again.",
    it: "Troppi codici sbagliati. Aspetta un poco, poi riprova."
  },
  "session-full": { en: "The session is full.", it: "La sessione è piena." },
  "too-fast": { en: "Too many messages: the connection was closed.", it: "Troppi messaggi: la connessione è stata chiusa." },
  "bad-message": { en: "The app refused a message from this page.", it: "L’app ha rifiutato un messaggio di questa pagina." },
  version: { en: "This page and the app do not match: reload the page.", it: "Questa pagina e l’app non corrispondono: ricarica la pagina." }
};
const REFUSALS = ["wrong-code", "too-many-attempts", "session-full", "too-fast", "bad-message", "version"];
const PROTOCOL = 2;

const lang = (navigator.languages || [navigator.language || "en"])
  .map(l => String(l).slice(0, 2).toLowerCase()).find(l => LANGUAGES.includes(l)) || "en";
const t = key => TEXT[key][lang];
const $ = id => document.getElementById(id);

let socket = null;
let code = "";
let question = null;      // {question, round, text, choices, correct?, why?}
let myChoice = null;      // the choice sent in this round
let counted = false;      // the host confirmed myChoice
let retryMs = 500;
let finished = false;     // refused or stopped: no reconnect

function voterToken() {
  // Random, per tab, so that a reload does not vote twice in one round; it identifies nobody.
  let token = sessionStorage.getItem("bp-voter");
  if (!token) {
    const bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    token = Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
    sessionStorage.setItem("bp-voter", token);
  }
  return token;
}

function setStatus(text, ok) {
  $("status").textContent = text;
  $("status").className = ok ? "ok" : "";
}

function applyLanguage() {
  document.documentElement.lang = lang;
  $("code-label").textContent = t("codeLabel");
  $("join-help").textContent = t("joinHelp");
  $("join-button").textContent = t("join");
  $("question-heading").textContent = t("question");
  $("privacy").textContent = t("privacy");
}

function wordsOf(shown) {
  const mine = shown.languages && shown.languages[lang];
  const fits = mine && typeof mine.text === "string" && Array.isArray(mine.choices) &&
    mine.choices.length === shown.choices.length;
  return fits ? mine : shown;
}

function render() {
  const choices = $("choices");
  choices.replaceChildren();
  $("reveal").hidden = true;
  if (!question) {
    $("round").textContent = "";
    $("question").textContent = t("waiting");
    $("mine").textContent = "";
    return;
  }
  // The question in the browser's language when the app sent it in that one, else as the app shows it.
  const words = wordsOf(question);
  $("round").textContent = question.round > 1 ? t("round")(question.round) : "";
  $("question").textContent = words.text;
  const revealed = Number.isInteger(question.correct);
  words.choices.forEach((label, index) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.setAttribute("aria-pressed", myChoice === index ? "true" : "false");
    button.disabled = myChoice !== null || revealed;
    if (revealed && index === question.correct)
      button.classList.add("correct");
    button.addEventListener("click", () => answer(index));
    choices.append(button);
  });
  const mine = t(counted ? "counted" : "yourAnswer");
  $("mine").textContent = myChoice !== null ? mine(words.choices[myChoice]) : "";
  if (revealed) {
    $("right").textContent = t("right")(words.choices[question.correct]);
    $("verdict").textContent = myChoice === null ? "" : t(myChoice === question.correct ? "youRight" : "youWrong");
    $("why").textContent = words.why || "";
    $("reveal").hidden = false;
  }
}

function send(message) {
  if (socket && socket.readyState === WebSocket.OPEN)
    socket.send(JSON.stringify(Object.assign({ v: PROTOCOL }, message)));
}

function answer(index) {
  if (!question || myChoice !== null || Number.isInteger(question.correct))
    return;
  myChoice = index;
  send({ type: "answer", question: question.question, round: question.round, choice: index });
  render();
}

function onMessage(event) {
  let m;
  try { m = JSON.parse(event.data); } catch (e) { return; }
  if (!m || m.v !== PROTOCOL)
    return;
  switch (m.type) {
  case "welcome":
    retryMs = 500;
    sessionStorage.setItem("bp-code", code);
    $("join").hidden = true;
    $("room").hidden = false;
    setStatus(t("connected"), true);
    question = m.question;
    myChoice = Number.isInteger(m.yourChoice) ? m.yourChoice : null;
    counted = myChoice !== null;
    render();
    break;
  case "question":
    question = m;
    myChoice = null;
    counted = false;
    render();
    break;
  case "reveal":
    question = m;
    render();
    break;
  case "idle":
    question = null;
    myChoice = null;
    counted = false;
    render();
    break;
  case "accepted":
    if (question && m.question === question.question && m.round === question.round) {
      counted = true;
      render();
    }
    break;
  case "ignored":
    $("mine").textContent = t("notCounted");
    break;
  case "refused":
    finished = true;
    sessionStorage.removeItem("bp-code");
    setStatus(t(REFUSALS.includes(m.reason) ? m.reason : "bad-message"), false);
    $("join").hidden = false;
    $("room").hidden = true;
    break;
  case "stopped":
    finished = true;
    sessionStorage.removeItem("bp-code");
    setStatus(t("stopped"), false);
    break;
  }
}

function connect() {
  finished = false;
  setStatus(t("connecting"), true);
  socket = new WebSocket(`ws://${location.host}/ws`);
  socket.addEventListener("open", () => {
    send({ type: "join", code: code, kind: "phone", voter: voterToken() });
  });
  socket.addEventListener("message", onMessage);
  socket.addEventListener("close", event => {
    if (event.target !== socket)
      return; // an older connection, replaced by a new join
    socket = null;
    if (finished)
      return;
    setStatus(t("lost"), false);
    setTimeout(connect, retryMs);
    retryMs = Math.min(8000, retryMs * 2);
  });
}

applyLanguage();
const fromLink = decodeURIComponent(location.hash.replace(/^#/, ""));
$("code").value = fromLink || sessionStorage.getItem("bp-code") || "";
$("join").addEventListener("submit", event => {
  event.preventDefault();
  code = $("code").value.trim();
  if (!code)
    return;
  if (socket)
    socket.close();
  connect();
});
if (sessionStorage.getItem("bp-code")) {
  code = sessionStorage.getItem("bp-code");
  connect();
}
