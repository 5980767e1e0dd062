// Small marketplace API: sellers create and edit their own listings.
const express = require("express");
const { Listing } = require("./models");
const { requireUser } = require("./auth");

const app = express();
app.use(express.json({ limit: "100kb" }));

const MAX_TITLE = 120;

function validateListing(data) {
  const errors = [];
  if (typeof data.title !== "string" || !data.title.trim()) errors.push("title is required");
  else if (data.title.length > MAX_TITLE) errors.push("title is too long");
  if (!Number.isFinite(data.price) || data.price <= 0) errors.push("price must be positive");
  return errors;
}

async function createListing(sellerId, data) {
  const errors = validateListing(data);
  if (errors.length) return { errors };
  const listing = await Listing.create({
    sellerId,
    title: data.title.trim(),
    price: data.price,
    status: "draft",
  });
  return { listing };
}

async function updateListing(sellerId, id, changes) {
  const listing = await Listing.findById(id);
  if (!listing) return { status: 404 };
  if (String(listing.sellerId) !== String(sellerId)) return { status: 403 };
  Object.assign(listing, changes);
  const errors = validateListing(listing);
  if (errors.length) return { status: 400, errors };
  await listing.save();
  return { status: 200, listing };
}

app.post("/listings", requireUser, async (req, res) => {
  const { listing, errors } = await createListing(req.user.id, req.body);
  if (errors) return res.status(400).json({ errors });
  res.status(201).json(listing);
});

app.patch("/listings/:id", requireUser, async (req, res) => {
  const result = await updateListing(req.user.id, req.params.id, req.body);
  if (result.status !== 200) return res.status(result.status).json({ errors: result.errors });
  res.json(result.listing);
});

app.get("/listings/:id", async (req, res) => {
  const listing = await Listing.findById(req.params.id);
  if (!listing || listing.status !== "published") return res.sendStatus(404);
  res.json(listing);
});

module.exports = app;
