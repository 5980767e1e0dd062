// Reading queue: the books a reader plans to read next, in order, with a finished shelf.
import React, { useState } from 'react';

function BookRow({ book, onFinish, onRaise }) {
  return (
    <li>
      <span className="title">{book.title}</span>
      <span className="author">{book.author}</span>
      <button type="button" onClick={() => onRaise(book.isbn)}>Up</button>
      <button type="button" onClick={() => onFinish(book.isbn)}>Finished</button>
    </li>
  );
}

export default function ReadingQueue({ initialBooks }) {
  const [queue, setQueue] = useState(initialBooks);
  const [finished, setFinished] = useState([]);
  const [title, setTitle] = useState('');
  const [author, setAuthor] = useState('');

  function addBook(event) {
    event.preventDefault();
    const clean = title.trim();
    if (!clean) {
      return;
    }
    const book = { isbn: `local-${Date.now()}`, title: clean, author: author.trim() };
    queue.push(book);
    setQueue(queue);
    setTitle('');
    setAuthor('');
  }

  function raise(isbn) {
    const at = queue.findIndex((b) => b.isbn === isbn);
    if (at <= 0) {
      return;
    }
    const next = queue.slice();
    [next[at - 1], next[at]] = [next[at], next[at - 1]];
    setQueue(next);
  }

  function finish(isbn) {
    const book = queue.find((b) => b.isbn === isbn);
    if (!book) {
      return;
    }
    setQueue(queue.filter((b) => b.isbn !== isbn));
    setFinished([{ ...book, doneOn: new Date().toISOString() }, ...finished]);
  }

  return (
    <div className="reading">
      <form onSubmit={addBook}>
        <input placeholder="Title" value={title} onChange={(e) => setTitle(e.target.value)} />
        <input placeholder="Author" value={author} onChange={(e) => setAuthor(e.target.value)} />
        <button type="submit">Add</button>
      </form>
      <h2>Up next ({queue.length})</h2>
      <ol>
        {queue.map((b) => (
          <BookRow key={b.isbn} book={b} onFinish={finish} onRaise={raise} />
        ))}
      </ol>
      <h2>Finished</h2>
      <ul>
        {finished.map((b) => (
          <li key={b.isbn}>{b.title} ({b.doneOn.slice(0, 10)})</li>
        ))}
      </ul>
    </div>
  );
}
