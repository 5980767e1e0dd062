// chatroom: members join a room, and every message is delivered to each member's inbox.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

class Member;

class Room {
public:
    void join(std::shared_ptr<Member> m) { members_.push_back(std::move(m)); }

    void leave(const Member* m) {
        members_.erase(std::remove_if(members_.begin(), members_.end(),
                                      [m](const std::shared_ptr<Member>& p) { return p.get() == m; }),
                       members_.end());
    }

    void broadcast(const std::string& from, const std::string& text);

    std::size_t size() const { return members_.size(); }

private:
    std::vector<std::shared_ptr<Member>> members_;
};

class Member {
public:
    explicit Member(std::string name) : name_(std::move(name)) {}

    void enter(Room& room) {
        room.join(std::shared_ptr<Member>(this));
        room_ = &room;
    }

    void say(const std::string& text) {
        if (room_ != nullptr) room_->broadcast(name_, text);
    }

    void deliver(const std::string& from, const std::string& text) {
        if (from != name_) inbox_.push_back(from + ": " + text);
    }

    void exit() {
        if (room_ != nullptr) room_->leave(this);
        room_ = nullptr;
    }

    const std::string& name() const { return name_; }
    const std::vector<std::string>& inbox() const { return inbox_; }

private:
    std::string name_;
    Room* room_ = nullptr;
    std::vector<std::string> inbox_;
};

void Room::broadcast(const std::string& from, const std::string& text) {
    for (const auto& m : members_) m->deliver(from, text);
}

static void print_inbox(const Member& m) {
    std::cout << m.name() << " has " << m.inbox().size() << " messages\n";
    for (const auto& line : m.inbox()) std::cout << "  " << line << '\n';
}

int main() {
    Room room;
    auto ada = std::make_shared<Member>("ada");
    auto bob = std::make_shared<Member>("bob");
    ada->enter(room);
    bob->enter(room);
    ada->say("hello");
    bob->say("hi ada");
    print_inbox(*ada);
    print_inbox(*bob);
    bob->exit();
    std::cout << room.size() << " left in the room\n";
    return 0;
}
