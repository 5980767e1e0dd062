"use strict";

const { EventEmitter } = require("events");

const TRIAL_MS = 30 * 24 * 60 * 60 * 1000;
const PLANS = new Set(["trial", "basic", "pro"]);

class TrialManager extends EventEmitter {
  constructor(store, clock = Date) {
    super();
    this.store = store;
    this.clock = clock;
    this.timers = new Map();
  }

  async startTrial(accountId) {
    const account = await this.store.accounts.get(accountId);
    if (!account) {
      throw new Error(`no account ${accountId}`);
    }
    if (account.plan !== "trial" && account.trialUsed) {
      throw new Error("trial already used");
    }
    const endsAt = this.clock.now() + TRIAL_MS;
    await this.store.accounts.update(accountId, { plan: "trial", trialUsed: true, trialEndsAt: endsAt });
    this.cancel(accountId);
    const timer = setTimeout(() => {
      this.timers.delete(accountId);
      this.endTrial(accountId).catch((err) => this.emit("error", err));
    }, TRIAL_MS);
    this.timers.set(accountId, timer);
    this.emit("trial-started", { accountId, endsAt });
    return endsAt;
  }

  async endTrial(accountId) {
    const account = await this.store.accounts.get(accountId);
    if (!account || account.plan !== "trial") {
      return false;
    }
    await this.store.accounts.update(accountId, { plan: "basic" });
    this.emit("trial-ended", { accountId });
    return true;
  }

  async upgrade(accountId, plan) {
    if (!PLANS.has(plan) || plan === "trial") {
      throw new Error(`unknown plan ${plan}`);
    }
    this.cancel(accountId);
    await this.store.accounts.update(accountId, { plan });
    this.emit("upgraded", { accountId, plan });
  }

  cancel(accountId) {
    const timer = this.timers.get(accountId);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(accountId);
    }
  }

  stopAll() {
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    this.timers.clear();
  }
}

module.exports = { TrialManager, TRIAL_MS };
