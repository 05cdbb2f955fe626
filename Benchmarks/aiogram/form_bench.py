"""The ordering form of `flowerbot bench engine`, written the usual aiogram 3 way: one FSM
state per step, in-memory storage, updates fed in-process with `Dispatcher.feed_update`.

Each update is decoded from JSON, routed, its state loaded and saved, and its reply built
(a `SendMessage`/`EditMessageText` returned by the handler, not sent): the same work as our
bench minus the database. Prints updates/s, p50 and p99.
"""

import argparse
import asyncio
import json
import time

from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.types import (CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, Message,
                           ReplyKeyboardMarkup, Update)


class Order(StatesGroup):
    category = State()
    product = State()
    quantity = State()
    fulfilment = State()
    zone = State()
    date = State()
    slot = State()
    address = State()
    recipient = State()
    recipient_phone = State()
    postcard = State()
    anonymous = State()
    surprise = State()
    contact = State()
    payment = State()
    confirm = State()


def keyboard(*pairs):
    return InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text=t, callback_data=d)] for t, d in pairs])


router = Router()


@router.message(F.text == "/start")
@router.message(F.text == "/help")
async def start(message: Message, state: FSMContext):
    await state.clear()
    menu = ReplyKeyboardMarkup(keyboard=[[KeyboardButton(text="💐 Каталог")]], resize_keyboard=True)
    return message.answer(f"Здравствуйте, {message.from_user.first_name}!", reply_markup=menu)


@router.message(F.text == "💐 Каталог")
async def catalog(message: Message, state: FSMContext):
    await state.set_state(Order.category)
    return message.answer("Выберите категорию", reply_markup=keyboard(("Розы", "c:roses"), ("Пионы", "c:peonies")))


def step(current, next_state, text, *buttons):
    """A button step: checks the state, stores the choice, edits the menu into the next one."""

    async def handler(query: CallbackQuery, state: FSMContext):
        await state.update_data({current.state: query.data})
        await state.set_state(next_state)
        query.answer()  # built, not sent (ours goes to the outbox)
        return query.message.edit_text(text, reply_markup=keyboard(*buttons) if buttons else None)

    router.callback_query(current)(handler)


def typed(current, next_state, text, *buttons):
    async def handler(message: Message, state: FSMContext):
        if not message.text or len(message.text) > 500:
            return message.answer("Не понял, напишите ещё раз")
        await state.update_data({current.state: message.text})
        await state.set_state(next_state)
        return message.answer(text, reply_markup=keyboard(*buttons) if buttons else None)

    router.message(current)(handler)


step(Order.category, Order.product, "Розы — выберите букет", ("15 красных роз", "p:1"))
step(Order.product, Order.quantity, "Сколько букетов?", ("1", "q:1"), ("2", "q:2"))
step(Order.quantity, Order.fulfilment, "Как вы хотите получить букет?", ("Доставка", "f:d"), ("Самовывоз", "f:p"))
step(Order.fulfilment, Order.zone, "Куда доставить?", ("Центр", "z:center"))
step(Order.zone, Order.date, "На какой день?", ("Завтра", "d:1"))
step(Order.date, Order.slot, "Выберите удобное время", ("13:00–15:00", "s:13"))
step(Order.slot, Order.address, "Напишите адрес доставки")
typed(Order.address, Order.recipient, "Как зовут получателя?")
typed(Order.recipient, Order.recipient_phone, "Номер телефона получателя")
typed(Order.recipient_phone, Order.postcard, "Добавим открытку?")
typed(Order.postcard, Order.anonymous, "Подписать букет?", ("От моего имени", "an:0"), ("Анонимно", "an:1"))
step(Order.anonymous, Order.surprise, "Позвонить получателю?", ("Сюрприз", "su:1"))
step(Order.surprise, Order.contact, "Ваш номер телефона")


@router.message(Order.contact, F.contact)
async def contact(message: Message, state: FSMContext):
    await state.update_data(phone=message.contact.phone_number)
    await state.set_state(Order.payment)
    return message.answer("Как вам удобнее оплатить?", reply_markup=keyboard(("Kaspi.kz", "pm:kaspi")))


step(Order.payment, Order.confirm, "Проверьте, пожалуйста, заказ", ("Подтвердить", "ok"))


@router.callback_query(Order.confirm)
async def confirm(query: CallbackQuery, state: FSMContext):
    data = await state.get_data()
    await state.clear()
    query.answer()
    return query.message.edit_text(f"Заказ оформлен: {len(data)} ответов")


def update_json(update_id, chat, step):
    user = {"id": chat, "is_bot": False, "first_name": "Bench", "language_code": "ru"}
    message = {"message_id": update_id, "from": user, "chat": {"id": chat, "type": "private"}, "date": 1800000000}

    def text(t):
        return {"update_id": update_id, "message": dict(message, text=t)}

    def press(data):
        return {"update_id": update_id, "callback_query": {
            "id": f"q{update_id}", "from": user, "message": dict(message, text="menu"), "chat_instance": "bench",
            "data": data}}

    presses = {1: "c:roses", 2: "p:1", 3: "q:1", 4: "f:d", 5: "z:center", 6: "d:1", 7: "s:13", 12: "an:0",
               13: "su:1", 15: "pm:kaspi", 16: "ok"}
    texts = {0: "💐 Каталог", 8: "ul. Abaya 10, apt 5", 9: "Aliya", 10: "8 707 111 22 33", 11: "Happy birthday!",
             17: "/help", 18: "/start"}
    if step in presses:
        return json.dumps(press(presses[step]))
    if step == 14:
        return json.dumps({"update_id": update_id, "message": dict(
            message, contact={"phone_number": "+77015211545", "first_name": "Bench", "user_id": chat})})
    return json.dumps(text(texts[step]))


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--updates", type=int, default=20000)
    args = parser.parse_args()
    per_chat = max(1, args.updates // args.chats)
    streams = [[] for _ in range(args.chats)]
    next_id = 1
    for s in range(per_chat):
        for c in range(args.chats):
            streams[c].append(update_json(next_id, 100000 + c, s % 19))
            next_id += 1
    bot = Bot("123456:TEST-bench", default=DefaultBotProperties(parse_mode="HTML"))
    dp = Dispatcher(storage=MemoryStorage())
    dp.include_router(router)
    latencies = []
    replies = 0

    async def chat(stream):
        nonlocal replies
        for raw in stream:
            begin = time.perf_counter()
            update = Update.model_validate_json(raw)
            result = await dp.feed_update(bot, update)
            if result is not None and result is not UNHANDLED:
                replies += 1
            latencies.append(time.perf_counter() - begin)

    started = time.perf_counter()
    await asyncio.gather(*(chat(s) for s in streams))
    elapsed = time.perf_counter() - started
    total = sum(len(s) for s in streams)
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(len(latencies) * q))] * 1000
    import resource
    usage = resource.getrusage(resource.RUSAGE_SELF)
    rss = usage.ru_maxrss // 1024
    cpu = (usage.ru_utime + usage.ru_stime) * 1e6 / total
    print(f"aiogram {__import__('aiogram').__version__}: {total} updates from {args.chats} chats (same form, "
          f"in-memory FSM, no database)")
    print(f"  throughput   {total / elapsed:.0f} updates/s ({elapsed:.2f} s), {replies} replies built (of {total})")
    print(f"  latency      p50 {p(0.5):.2f} ms, p99 {p(0.99):.2f} ms per update")
    print(f"  cpu          {cpu:.0f} µs per update (user + system, set-up included)")
    print(f"  memory       peak RSS {rss} MiB")
    await bot.session.close()


if __name__ == "__main__":
    asyncio.run(main())
