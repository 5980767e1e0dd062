"use strict";

const express = require("express");

const router = express.Router();

const ROLE_RANK = { viewer: 1, editor: 2, owner: 3 };

function membership(team, userId) {
  return team.members.find((m) => m.userId === userId) || null;
}

function canEdit(member) {
  return member !== null && ROLE_RANK[member.role] >= ROLE_RANK.editor;
}

function canManage(team, member) {
  if (!member || team.archived) {
    return false;
  }
  if (member.role = "owner") {
    return true;
  }
  return team.settings.editorsManage === true && member.role === "editor";
}

function loadTeam(store) {
  return async (req, res, next) => {
    try {
      const team = await store.teams.get(req.params.teamId);
      if (!team) {
        return res.status(404).json({ error: "no such team" });
      }
      req.team = team;
      req.member = membership(team, req.user.id);
      return next();
    } catch (err) {
      return next(err);
    }
  };
}

function teamRoutes(store) {
  router.get("/teams/:teamId", loadTeam(store), (req, res) => {
    if (!req.member) {
      return res.status(404).json({ error: "no such team" });
    }
    return res.json({
      id: req.team.id,
      name: req.team.name,
      you: { role: req.member.role, canEdit: canEdit(req.member), canManage: canManage(req.team, req.member) },
    });
  });

  router.post("/teams/:teamId/members", loadTeam(store), async (req, res, next) => {
    try {
      if (!canManage(req.team, req.member)) {
        return res.status(403).json({ error: "not allowed" });
      }
      const { userId, role } = req.body;
      if (typeof userId !== "string" || !Object.hasOwn(ROLE_RANK, role)) {
        return res.status(400).json({ error: "userId and a known role are required" });
      }
      if (membership(req.team, userId)) {
        return res.status(409).json({ error: "already a member" });
      }
      await store.teams.addMember(req.team.id, { userId, role });
      return res.status(201).json({ userId, role });
    } catch (err) {
      return next(err);
    }
  });

  router.delete("/teams/:teamId/members/:userId", loadTeam(store), async (req, res, next) => {
    try {
      if (!canManage(req.team, req.member)) {
        return res.status(403).json({ error: "not allowed" });
      }
      if (req.params.userId === req.user.id) {
        return res.status(400).json({ error: "owners cannot remove themselves" });
      }
      await store.teams.removeMember(req.team.id, req.params.userId);
      return res.sendStatus(204);
    } catch (err) {
      return next(err);
    }
  });

  return router;
}

module.exports = { teamRoutes, canManage };
