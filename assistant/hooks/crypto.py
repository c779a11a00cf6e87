"""AES-256-CBC with PKCS#7 padding, as Feishu and WeCom encrypt their callbacks (via `cryptography`)."""
from __future__ import annotations

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def aes_cbc_decrypt(key: bytes, iv: bytes, data: bytes, *, block_bits: int = 128) -> bytes:
    """Decrypt and strip PKCS#7 padding of `block_bits` (WeCom pads to 32 bytes, Feishu to 16)."""
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = dec.update(data) + dec.finalize()
    unpadder = padding.PKCS7(block_bits).unpadder()
    return unpadder.update(plain) + unpadder.finalize()


def aes_cbc_encrypt(key: bytes, iv: bytes, data: bytes, *, block_bits: int = 128) -> bytes:
    """Pad with PKCS#7 of `block_bits` and encrypt (WeCom replies; tests play the platform)."""
    padder = padding.PKCS7(block_bits).padder()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(padder.update(data) + padder.finalize()) + enc.finalize()
