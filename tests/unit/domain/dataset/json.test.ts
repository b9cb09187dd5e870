import { describe, expect, it } from 'vitest';
import { field, isJsonObject, isPlainJsonObject, list } from '@/domain/dataset/json';

describe('isJsonObject', () => {
  it('is true for an object, false for null, a list and a primitive', () => {
    expect(isJsonObject({})).toBe(true);
    expect(isJsonObject(JSON.parse('{"a":1}'))).toBe(true);
    expect(isJsonObject(null)).toBe(false);
    expect(isJsonObject([])).toBe(false);
    expect(isJsonObject('{}')).toBe(false);
    expect(isJsonObject(undefined)).toBe(false);
  });
});

describe('isPlainJsonObject', () => {
  it('is true only for an object whose prototype is Object.prototype, as JSON.parse makes it', () => {
    expect(isPlainJsonObject(JSON.parse('{"a":1}'))).toBe(true);
    expect(isPlainJsonObject(Object.create(null))).toBe(false);
    expect(isPlainJsonObject(new Date(0))).toBe(false);
    expect(isPlainJsonObject([])).toBe(false);
  });
});

describe('field', () => {
  it('reads own fields only, so inherited keys and __proto__ are not fields unless given', () => {
    const value = JSON.parse('{"id":"a","__proto__":{"x":1}}');
    expect(field(value, 'id')).toBe('a');
    expect(field(value, '__proto__')).toEqual({ x: 1 });
    expect(field({}, 'constructor')).toBeUndefined();
    expect(field({}, 'toString')).toBeUndefined();
  });

  it('reads nothing from what is not an object', () => {
    expect(field(null, 'id')).toBeUndefined();
    expect(field(['a'], '0')).toBeUndefined();
    expect(field('abc', 'length')).toBeUndefined();
  });
});

describe('list', () => {
  it('gives a list back as it is, and an empty list for anything else', () => {
    const items = [1, 2];
    expect(list(items)).toBe(items);
    expect(list({ length: 2 })).toEqual([]);
    expect(list(undefined)).toEqual([]);
  });
});
