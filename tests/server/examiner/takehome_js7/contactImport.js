"use strict";

const MAX_CONTACTS = 5000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function cleanText(value, max) {
  if (value === undefined || value === null) return "";
  return String(value).trim().slice(0, max);
}

function normalizePhone(raw) {
  const digits = cleanText(raw, 32).replace(/[^\d+]/g, "");
  return digits.length >= 7 ? digits : "";
}

function normalizeAddress(raw) {
  if (typeof raw.address === "object") {
    const { street, city, postcode, country } = raw.address;
    return {
      street: cleanText(street, 200),
      city: cleanText(city, 100),
      postcode: cleanText(postcode, 16).toUpperCase(),
      country: cleanText(country, 2).toUpperCase(),
    };
  }
  return { street: cleanText(raw.address, 200), city: "", postcode: "", country: "" };
}

function normalizeContact(raw, index) {
  const email = cleanText(raw.email, 254).toLowerCase();
  if (!EMAIL.test(email)) {
    return { error: `row ${index + 1}: invalid email` };
  }
  return {
    contact: {
      email,
      name: cleanText(raw.name, 120),
      phone: normalizePhone(raw.phone),
      address: normalizeAddress(raw),
      tags: Array.isArray(raw.tags) ? raw.tags.map((t) => cleanText(t, 40)).filter(Boolean) : [],
    },
  };
}

function importContacts(payload) {
  const rows = Array.isArray(payload.contacts) ? payload.contacts : [];
  if (rows.length > MAX_CONTACTS) {
    return { imported: [], errors: [`at most ${MAX_CONTACTS} contacts per import`] };
  }
  const seen = new Set();
  const imported = [];
  const errors = [];
  rows.forEach((raw, index) => {
    const { contact, error } = normalizeContact(raw || {}, index);
    if (error) {
      errors.push(error);
      return;
    }
    if (seen.has(contact.email)) {
      errors.push(`row ${index + 1}: duplicate ${contact.email}`);
      return;
    }
    seen.add(contact.email);
    imported.push(contact);
  });
  return { imported, errors };
}

function importHandler(store) {
  return async (req, res, next) => {
    try {
      const { imported, errors } = importContacts(req.body || {});
      await store.contacts.upsertMany(req.user.accountId, imported);
      return res.json({ imported: imported.length, errors });
    } catch (err) {
      return next(err);
    }
  };
}

module.exports = { importContacts, importHandler, normalizeAddress };
