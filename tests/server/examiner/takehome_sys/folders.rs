use std::cell::RefCell;
use std::rc::Rc;

/// A folder tree where each folder knows its parent, to build full paths.
#[derive(Debug)]
struct Folder {
    name: String,
    parent: Option<Rc<RefCell<Folder>>>,
    children: Vec<Rc<RefCell<Folder>>>,
}

impl Folder {
    fn root(name: &str) -> Rc<RefCell<Folder>> {
        Rc::new(RefCell::new(Folder { name: name.to_string(), parent: None, children: Vec::new() }))
    }
}

fn add_child(parent: &Rc<RefCell<Folder>>, name: &str) -> Rc<RefCell<Folder>> {
    let child = Rc::new(RefCell::new(Folder {
        name: name.to_string(),
        parent: Some(Rc::clone(parent)),
        children: Vec::new(),
    }));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

fn full_path(folder: &Rc<RefCell<Folder>>) -> String {
    let f = folder.borrow();
    match &f.parent {
        Some(p) => format!("{}/{}", full_path(p), f.name),
        None => f.name.clone(),
    }
}

fn count(folder: &Rc<RefCell<Folder>>) -> usize {
    1 + folder.borrow().children.iter().map(count).sum::<usize>()
}

fn main() {
    for round in 0..1000 {
        let root = Folder::root("home");
        let docs = add_child(&root, "docs");
        let pics = add_child(&root, "pics");
        let y = add_child(&docs, "2024");
        add_child(&pics, "holiday");
        if round == 0 {
            println!("{}", full_path(&y));
            println!("{} folders", count(&root));
        }
    }
}
