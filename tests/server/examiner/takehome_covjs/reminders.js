// Builds the reminder e-mails and SMS texts for tomorrow's appointments at the clinic.
const DAY_MS = 24 * 60 * 60 * 1000;

function formatTime(date, timeZone) {
  return new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(date);
}

function formatDay(date, timeZone) {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone,
  }).format(date);
}

function isTomorrow(appointment, now) {
  const start = new Date(appointment.startsAt).getTime();
  return start > now.getTime() && start - now.getTime() <= DAY_MS;
}

function smsText(appointment, clinic) {
  const time = formatTime(new Date(appointment.startsAt), clinic.timeZone);
  const name = appointment.patient.firstName;
  return "Hi ${name}, this is a reminder of your appointment at " + clinic.name + " at " + time +
    ". Reply C to cancel.";
}

function emailBody(appointment, clinic) {
  const when = new Date(appointment.startsAt);
  const lines = [
    `Dear ${appointment.patient.firstName},`,
    "",
    `You have an appointment with ${appointment.practitioner} on ${formatDay(when, clinic.timeZone)} ` +
      `at ${formatTime(when, clinic.timeZone)}.`,
    `Address: ${clinic.address}`,
    "",
    "If you cannot come, please let us know at least four hours before.",
  ];
  return lines.join("\n");
}

function buildReminders(appointments, clinic, now = new Date()) {
  const reminders = [];
  for (const appointment of appointments) {
    if (appointment.cancelled || !isTomorrow(appointment, now)) {
      continue;
    }
    if (appointment.patient.phone) {
      reminders.push({ channel: "sms", to: appointment.patient.phone, text: smsText(appointment, clinic) });
    }
    if (appointment.patient.email) {
      reminders.push({
        channel: "email",
        to: appointment.patient.email,
        subject: `Your appointment at ${clinic.name}`,
        text: emailBody(appointment, clinic),
      });
    }
  }
  return reminders;
}

module.exports = { buildReminders, smsText, emailBody, isTomorrow };
