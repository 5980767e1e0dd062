'use strict';

// A walk-in clinic's waiting list: patients check in, are called in order, and can
// leave the list before they are seen.

const MAX_WAITING = 60;

class Waitlist {
  constructor(clinicName) {
    this.clinicName = clinicName;
    this.queue = [];
    this.checkedInAt = new Map();
    this.seen = [];
  }

  checkIn(patientId, now = Date.now()) {
    if (this.queue.length >= MAX_WAITING) {
      throw new Error(`${this.clinicName} is full, please come back later`);
    }
    if (this.queue.includes(patientId)) {
      return this.positionOf(patientId);
    }
    this.queue.push(patientId);
    this.checkedInAt.set(patientId, now);
    return this.queue.length;
  }

  positionOf(patientId) {
    const index = this.queue.indexOf(patientId);
    return index === -1 ? null : index + 1;
  }

  callNext(now = Date.now()) {
    const patientId = this.queue.shift();
    if (patientId === undefined) {
      return null;
    }
    const waitedMs = now - this.checkedInAt.get(patientId);
    this.checkedInAt.delete(patientId);
    this.seen.push({ patientId, waitedMinutes: Math.round(waitedMs / 60000) });
    return patientId;
  }

  leave(patientId) {
    const spot = this.queue.indexOf(patientId);
    if (spot > 0) {
      this.queue.splice(spot, 1);
      this.checkedInAt.delete(patientId);
      return true;
    }
    return false;
  }

  averageWaitMinutes() {
    if (this.seen.length === 0) {
      return 0;
    }
    const total = this.seen.reduce((sum, visit) => sum + visit.waitedMinutes, 0);
    return total / this.seen.length;
  }

  snapshot() {
    return this.queue.map((patientId, i) => ({
      patientId,
      position: i + 1,
      since: new Date(this.checkedInAt.get(patientId)).toISOString(),
    }));
  }
}

function summary(list) {
  return {
    clinic: list.clinicName,
    waiting: list.queue.length,
    seenToday: list.seen.length,
    averageWait: list.averageWaitMinutes(),
  };
}

module.exports = { Waitlist, summary, MAX_WAITING };
