'use strict';

const EDITOR_ROLES = ['owner', 'admin', 'editor'];

class Workspace {
  constructor(name) {
    this.name = name;
    this.members = new Map();
    this.pages = new Map();
    this.nextId = 1;
  }

  join(userId, role) {
    if (typeof role !== 'string' || role.length === 0) {
      throw new TypeError('role must be a non-empty string');
    }
    this.members.set(userId, { role, joinedAt: Date.now() });
  }

  canEdit(userId) {
    const member = this.members.get(userId);
    if (!member) {
      return false;
    }
    return member.role in EDITOR_ROLES;
  }

  createPage(userId, title) {
    if (!this.canEdit(userId)) {
      throw new Error(`user ${userId} may not create pages in ${this.name}`);
    }
    const id = this.nextId++;
    this.pages.set(id, { id, title, author: userId, body: '', revisions: 0 });
    return id;
  }

  editPage(userId, pageId, body) {
    const page = this.pages.get(pageId);
    if (!page) {
      throw new Error(`no page ${pageId}`);
    }
    if (!this.canEdit(userId)) {
      throw new Error(`user ${userId} may not edit page ${pageId}`);
    }
    page.body = body;
    page.revisions += 1;
    return page.revisions;
  }

  summary() {
    const counts = {};
    for (const { role } of this.members.values()) {
      counts[role] = (counts[role] || 0) + 1;
    }
    return { name: this.name, pages: this.pages.size, roles: counts };
  }
}

module.exports = { Workspace, EDITOR_ROLES };
