'use strict';

const TTL_MS = 60 * 1000;

class LookupCache {
  constructor(redis, loader) {
    this.redis = redis;
    this.loader = loader;
    this.local = new Map();
  }

  remember(key, value) {
    this.local.set(key, { value, expires: Date.now() + TTL_MS });
  }

  fresh(key) {
    const entry = this.local.get(key);
    if (entry && entry.expires > Date.now()) {
      return entry;
    }
    this.local.delete(key);
    return null;
  }

  get(key) {
    return new Promise((resolve, reject) => {
      const hit = this.fresh(key);
      if (hit) {
        return hit.value;
      }
      this.redis.get(`lookup:${key}`, (err, raw) => {
        if (err) {
          reject(err);
          return;
        }
        if (raw !== null) {
          const value = JSON.parse(raw);
          this.remember(key, value);
          resolve(value);
          return;
        }
        this.loader(key).then((value) => {
          this.remember(key, value);
          this.redis.set(`lookup:${key}`, JSON.stringify(value), 'PX', TTL_MS, () => {});
          resolve(value);
        }, reject);
      });
    });
  }

  async getMany(keys) {
    const values = await Promise.all(keys.map((k) => this.get(k)));
    return new Map(keys.map((k, i) => [k, values[i]]));
  }

  clear() {
    this.local.clear();
  }
}

module.exports = { LookupCache };
