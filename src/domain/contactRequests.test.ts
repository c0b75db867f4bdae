import { describe, expect, it } from 'vitest';
import {
  canMoveContactRequest,
  firstReplyBusinessMinutes,
  firstReplyDueBy,
  isFirstReplyOverdue,
  isOrderReference,
  normaliseFrenchPhone,
  replyClock,
  statusAfterMessage,
} from './contactRequests';
import { addBusinessMinutes } from './dates';

describe('firstReplyDueBy: 8 hours of opening time, Monday to Friday 8:30-17:30 Paris', () => {
  it.each([
    [
      'a Tuesday 9:00 is due the same day at 17:00',
      '2026-12-08T08:00:00.000Z',
      '2026-12-08T16:00:00.000Z',
    ],
    [
      'a Tuesday 10:00 runs over to Wednesday 9:00',
      '2026-12-08T09:00:00.000Z',
      '2026-12-09T08:00:00.000Z',
    ],
    ['a Friday 17:00 is due Monday 16:00', '2026-12-04T16:00:00.000Z', '2026-12-07T15:00:00.000Z'],
    ['a Saturday is due Monday 16:30', '2026-12-05T10:00:00.000Z', '2026-12-07T15:30:00.000Z'],
    ['a Sunday night is due Monday 16:30', '2026-12-06T22:59:00.000Z', '2026-12-07T15:30:00.000Z'],
    [
      'a Wednesday 20:00 waits for Thursday 8:30',
      '2026-12-09T19:00:00.000Z',
      '2026-12-10T15:30:00.000Z',
    ],
    ['a Monday 7:00 waits for the opening', '2026-12-07T06:00:00.000Z', '2026-12-07T15:30:00.000Z'],
    ['17:30 sharp is after closing', '2026-12-08T16:30:00.000Z', '2026-12-09T15:30:00.000Z'],
    // Summer time starts on Sunday 29 March 2026: Friday is UTC+1, Monday UTC+2.
    ['a Friday 17:00 before summer time', '2026-03-27T16:00:00.000Z', '2026-03-30T14:00:00.000Z'],
    // Summer time ends on Sunday 25 October 2026: Friday is UTC+2, Monday UTC+1.
    ['a Friday 17:00 before winter time', '2026-10-23T15:00:00.000Z', '2026-10-26T15:00:00.000Z'],
  ])('%s', (_, receivedAt, due) => {
    expect(firstReplyDueBy(receivedAt)).toBe(due);
  });

  it('counts exactly 480 business minutes from reception to the due time', () => {
    for (const receivedAt of ['2026-03-27T16:00:00.000Z', '2026-12-04T16:00:00.000Z']) {
      const due = firstReplyDueBy(receivedAt);
      expect(firstReplyBusinessMinutes({ receivedAt, firstRepliedAt: due })).toBe(480);
    }
  });

  it('adds nothing to an instant within opening hours for 0 minutes', () => {
    expect(addBusinessMinutes('2026-12-08T10:00:00.000Z', 0)).toBe('2026-12-08T10:00:00.000Z');
  });
});

const friday = {
  status: 'new' as const,
  receivedAt: '2026-12-04T16:00:00.000Z',
  firstReplyDueBy: '2026-12-07T15:00:00.000Z',
  firstRepliedAt: null,
};

describe('replyClock', () => {
  it('is paused over the weekend with the business time still left', () => {
    expect(replyClock(friday, '2026-12-05T12:00:00.000Z')).toEqual({
      state: 'paused',
      minutesLeft: 450,
    });
  });

  it('runs while customer service is open', () => {
    expect(replyClock(friday, '2026-12-07T14:00:00.000Z')).toEqual({
      state: 'running',
      minutesLeft: 60,
    });
  });

  it('is overdue past the promise, by business minutes, paused after closing', () => {
    expect(replyClock(friday, '2026-12-07T16:00:00.000Z')).toEqual({
      state: 'overdue',
      minutesLate: 60,
      paused: false,
    });
    expect(replyClock(friday, '2026-12-07T20:00:00.000Z')).toMatchObject({ paused: true });
  });

  it('stops at the first reply, and says whether it kept the promise', () => {
    const replied = { ...friday, status: 'waiting_customer' as const };
    expect(
      replyClock(
        { ...replied, firstRepliedAt: '2026-12-07T09:00:00.000Z' },
        '2026-12-09T09:00:00.000Z',
      ),
    ).toEqual({
      state: 'replied',
      at: '2026-12-07T09:00:00.000Z',
      withinPromise: true,
    });
    expect(
      replyClock(
        { ...replied, firstRepliedAt: '2026-12-07T15:00:01.000Z' },
        '2026-12-09T09:00:00.000Z',
      ),
    ).toMatchObject({
      withinPromise: false,
    });
  });

  it('has no clock once resolved without a reply', () => {
    expect(replyClock({ ...friday, status: 'resolved' }, '2026-12-09T09:00:00.000Z')).toEqual({
      state: 'closed',
    });
  });
});

describe('isFirstReplyOverdue', () => {
  it('is true only for an unanswered, unresolved request past its promise', () => {
    const after = '2026-12-07T15:00:01.000Z';
    expect(isFirstReplyOverdue(friday, after)).toBe(true);
    expect(isFirstReplyOverdue(friday, '2026-12-07T15:00:00.000Z')).toBe(false);
    expect(isFirstReplyOverdue({ ...friday, status: 'resolved' }, after)).toBe(false);
    expect(isFirstReplyOverdue({ ...friday, firstRepliedAt: after }, after)).toBe(false);
  });
});

describe('transitions', () => {
  it('lets staff open, resolve and reopen, never set "waiting" by hand', () => {
    expect(canMoveContactRequest('new', 'open')).toBe(true);
    expect(canMoveContactRequest('waiting_customer', 'resolved')).toBe(true);
    expect(canMoveContactRequest('resolved', 'open')).toBe(true);
    expect(canMoveContactRequest('open', 'waiting_customer')).toBe(false);
    expect(canMoveContactRequest('resolved', 'new')).toBe(false);
    expect(canMoveContactRequest('open', 'new')).toBe(false);
  });

  it('a reply waits for the customer; the customer writing again reopens; a note changes nothing', () => {
    expect(statusAfterMessage('new', 'out')).toBe('waiting_customer');
    expect(statusAfterMessage('open', 'out')).toBe('waiting_customer');
    expect(statusAfterMessage('waiting_customer', 'in')).toBe('open');
    expect(statusAfterMessage('resolved', 'in')).toBe('open');
    expect(statusAfterMessage('new', 'in')).toBe('new');
    expect(statusAfterMessage('waiting_customer', 'note')).toBe('waiting_customer');
  });
});

describe('what the contact form accepts', () => {
  it.each([
    ['06 12 34 56 78', '06 12 34 56 78'],
    ['0612345678', '06 12 34 56 78'],
    ['+33 6 12 34 56 78', '06 12 34 56 78'],
    ['0033612345678', '06 12 34 56 78'],
    ['04.91.81.00.17', '04 91 81 00 17'],
    ['612345678', null],
    ['+44 20 7946 0958', null],
    ['00 12 34 56 78', null],
    ['06 12 34 56 7', null],
  ])('phone %s reads %s', (typed, expected) => {
    expect(normaliseFrenchPhone(typed)).toBe(expected);
  });

  it('takes an order reference as printed, forgiving case and spaces', () => {
    expect(isOrderReference('CMD-26-000123')).toBe(true);
    expect(isOrderReference(' cmd-26-000123 ')).toBe(true);
    expect(isOrderReference('CMD-26-123')).toBe(false);
    expect(isOrderReference('RET-26-000123')).toBe(false);
  });
});
