#!/usr/bin/env python3
"""The cold path of Passive Authentication in Python on OpenSSL, for comparison with the Java verifier.

What a Python verifier built on OpenSSL does for a document whose DSC it has not seen: decode EF.SOD
(OpenSSL's CMS decoder), verify the DSC certificate's signature with the CSCA's key (decoded once),
verify the SOD's signature and message digest (CMS_verify, the signer certificate taken from the SOD
and not chained again), read the data group hashes from the LDS security object and compare them
with hashlib's (OpenSSL's) hashes of the data groups. Python's standard library only: libcrypto is
called through ctypes.

Input: a folder written by org.safepassage.mrtd.bench.ColdPathDocuments (csca.der, N.sod, N.dgM).
Run:   python3 mrtd/src/test/python/openssl_cold_path.py FOLDER [SECONDS]
"""
import ctypes
import ctypes.util
import glob
import hashlib
import os
import sys
import time

lib = ctypes.CDLL(ctypes.util.find_library("crypto"))
c_void_p = ctypes.c_void_p
for name, res, args in [
    ("d2i_X509", c_void_p, [c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_long]),
    ("X509_get0_pubkey", c_void_p, [c_void_p]),
    ("X509_verify", ctypes.c_int, [c_void_p, c_void_p]),
    ("X509_free", None, [c_void_p]),
    ("d2i_CMS_ContentInfo", c_void_p, [c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_long]),
    ("CMS_verify", ctypes.c_int, [c_void_p, c_void_p, c_void_p, c_void_p, c_void_p, ctypes.c_uint]),
    ("CMS_get1_certs", c_void_p, [c_void_p]),
    ("CMS_get0_content", ctypes.POINTER(c_void_p), [c_void_p]),
    ("CMS_ContentInfo_free", None, [c_void_p]),
    ("OPENSSL_sk_value", c_void_p, [c_void_p, ctypes.c_int]),
    ("OPENSSL_sk_pop_free", None, [c_void_p, c_void_p]),
    ("ASN1_STRING_get0_data", c_void_p, [c_void_p]),
    ("ASN1_STRING_length", ctypes.c_int, [c_void_p]),
    ("ERR_clear_error", None, []),
]:
    f = getattr(lib, name)
    f.restype = res
    f.argtypes = args
X509_FREE = ctypes.cast(lib.X509_free, c_void_p)
CMS_NO_SIGNER_CERT_VERIFY = 0x20
HASHES = {bytes.fromhex("608648016503040201"): "sha256", bytes.fromhex("608648016503040202"): "sha384",
          bytes.fromhex("608648016503040203"): "sha512", bytes.fromhex("608648016503040204"): "sha224",
          bytes.fromhex("2b0e03021a"): "sha1"}


def tlv(buf, pos):
    """(tag, value start, value end) of the DER element at pos."""
    tag = buf[pos]
    length = buf[pos + 1]
    pos += 2
    if length & 0x80:
        n = length & 0x7F
        length = int.from_bytes(buf[pos:pos + n], "big")
        pos += n
    return tag, pos, pos + length


def children(buf, start, end):
    out = []
    while start < end:
        t, s, e = tlv(buf, start)
        out.append((t, s, e))
        start = e
    return out


def d2i(fn, data):
    p = ctypes.c_char_p(data)
    return fn(None, ctypes.byref(p), len(data))


def verify(sod, groups, csca_key):
    t, s, e = tlv(sod, 0)
    content_info = sod[s:e] if t == 0x77 else sod
    cms = d2i(lib.d2i_CMS_ContentInfo, content_info)
    if not cms:
        return False
    try:
        certs = lib.CMS_get1_certs(cms)
        dsc = lib.OPENSSL_sk_value(certs, 0)
        ok = lib.X509_verify(dsc, csca_key) == 1
        lib.OPENSSL_sk_pop_free(certs, X509_FREE)
        ok &= lib.CMS_verify(cms, None, None, None, None, CMS_NO_SIGNER_CERT_VERIFY) == 1
        octets = lib.CMS_get0_content(cms).contents
        econtent = ctypes.string_at(lib.ASN1_STRING_get0_data(octets), lib.ASN1_STRING_length(octets))
    finally:
        lib.CMS_ContentInfo_free(cms)
        lib.ERR_clear_error()
    _, s, e = tlv(econtent, 0)
    parts = children(econtent, s, e)
    _, a, b = parts[1]
    _, os_, oe = tlv(econtent, a)
    algorithm = HASHES[econtent[os_:oe]]
    _, hs, he = parts[2]
    for _, ds, de in children(econtent, hs, he):
        (_, ns, ne), (_, vs, ve) = children(econtent, ds, de)
        number = int.from_bytes(econtent[ns:ne], "big")
        if number in groups:
            ok &= hashlib.new(algorithm, groups[number]).digest() == econtent[vs:ve]
    return ok


def main():
    folder = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 10
    csca = d2i(lib.d2i_X509, open(os.path.join(folder, "csca.der"), "rb").read())
    csca_key = lib.X509_get0_pubkey(csca)
    docs = []
    for path in sorted(glob.glob(os.path.join(folder, "*.sod")), key=lambda p: int(os.path.basename(p)[:-4])):
        n = os.path.basename(path)[:-4]
        groups = {int(g.rsplit(".dg", 1)[1]): open(g, "rb").read() for g in glob.glob(os.path.join(folder, n + ".dg*"))}
        docs.append((open(path, "rb").read(), groups))
    assert all(verify(s, g, csca_key) for s, g in docs), "a document does not verify"
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for s, g in docs:
            verify(s, g, csca_key)
        done += len(docs)
    elapsed = time.perf_counter() - start
    print(f"{folder}: {done / elapsed:.0f} documents/s (each a DSC not seen before), {done} in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
